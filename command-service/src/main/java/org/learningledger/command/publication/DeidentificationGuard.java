package org.learningledger.command.publication;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.learningledger.events.learning.Evidence;
import org.learningledger.events.learning.MeasureEvidence;
import org.learningledger.events.learning.Snapshot;

/**
 * Applies the rules where text leaves the team or enters the ledger: it refuses a snapshot or an
 * endorsement note that identifies someone, and lists what it finds in private text as warnings, so
 * a team hears about a name or a number when it writes it, not first when it publishes. Pure.
 */
public final class DeidentificationGuard {

    private DeidentificationGuard() {
    }

    public static void check(Snapshot snapshot) {
        List<Finding> findings = findings(snapshot);
        if (!findings.isEmpty()) {
            throw new IdentifyingDetails(findings);
        }
    }

    /** A steward's note is seen by every reader of the learning's tier, so it is held to the same rules. */
    public static void checkNote(String field, String note) {
        List<Finding> findings = DeidentificationRules.scan(field, note);
        if (!findings.isEmpty()) {
            throw new IdentifyingDetails(findings, "from the note. Nothing was recorded; change the text at the "
                    + "positions listed and send it again.");
        }
    }

    /**
     * A lesson from a confidential report travels like a publication, and must not point at its case:
     * the publication rules and the indirect identifiers (exact dates, case numbers, places below the region).
     */
    public static void checkLesson(Map<String, String> texts) {
        List<Finding> findings = new ArrayList<>();
        texts.forEach((field, text) -> {
            findings.addAll(DeidentificationRules.scan(field, text));
            findings.addAll(IndirectIdentifiers.scan(field, text));
        });
        if (!findings.isEmpty()) {
            throw new IdentifyingDetails(findings, "from the lesson. Nothing was recorded; change the text at the "
                    + "positions listed and send it again.");
        }
    }

    /** The findings in each named text (in the map's order), to answer as warnings: nothing is refused. */
    public static List<Finding> warnings(Map<String, String> texts) {
        List<Finding> warnings = new ArrayList<>();
        texts.forEach((field, text) -> warnings.addAll(DeidentificationRules.scan(field, text)));
        return warnings;
    }

    static List<Finding> findings(Snapshot snapshot) {
        List<Finding> findings = new ArrayList<>();
        findings.addAll(DeidentificationRules.scan("title", snapshot.title()));
        findings.addAll(DeidentificationRules.scan("summary", snapshot.summary()));
        findings.addAll(DeidentificationRules.scan("practice", snapshot.practice()));
        findings.addAll(DeidentificationRules.scan("context", snapshot.context()));
        for (int i = 0; i < snapshot.evidence().size(); i++) {
            Evidence evidence = snapshot.evidence().get(i);
            findings.addAll(DeidentificationRules.scan("evidence[" + i + "].question", evidence.question()));
            findings.addAll(DeidentificationRules.scan("evidence[" + i + "].summary", evidence.summary()));
            for (int j = 0; j < evidence.measures().size(); j++) {
                MeasureEvidence measure = evidence.measures().get(j);
                String field = "evidence[" + i + "].measures[" + j + "].";
                findings.addAll(DeidentificationRules.scan(field + "name", measure.name()));
                findings.addAll(DeidentificationRules.scan(field + "unit", measure.unit()));
            }
        }
        return findings;
    }

    /**
     * A case review's snapshot travels like a lesson and must not point at its case either: the
     * publication rules and the indirect identifiers, on every text (fields named as in the snapshot).
     */
    public static void checkCaseReview(Map<String, String> texts) {
        List<Finding> findings = new ArrayList<>();
        texts.forEach((field, text) -> {
            findings.addAll(DeidentificationRules.scan(field, text));
            findings.addAll(IndirectIdentifiers.scan(field, text));
        });
        if (!findings.isEmpty()) {
            throw new IdentifyingDetails(findings, "from the case review's snapshot. Nothing was proposed; change "
                    + "the text at the positions listed and propose again.");
        }
    }

    /**
     * Text that names no person from the moment it is written: a board issue (a question about the system)
     * and a challenge, which readers of its tier see. The publication rules, at once.
     */
    public static void checkAtOnce(Map<String, String> texts) {
        List<Finding> findings = new ArrayList<>();
        texts.forEach((field, text) -> findings.addAll(DeidentificationRules.scan(field, text)));
        if (!findings.isEmpty()) {
            throw new IdentifyingDetails(findings, "from the text. Nothing was recorded; change the text at the "
                    + "positions listed and send it again.");
        }
    }
}
