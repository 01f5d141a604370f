package org.learningledger.command.publication;

import java.util.ArrayList;
import java.util.List;
import org.learningledger.events.learning.Evidence;
import org.learningledger.events.learning.Snapshot;

/** Refuses a snapshot whose text identifies someone, listing every finding by field and position. */
public final class DeidentificationGuard {

    private DeidentificationGuard() {
    }

    public static void check(Snapshot snapshot) {
        List<Finding> findings = findings(snapshot);
        if (!findings.isEmpty()) {
            throw new IdentifyingDetails(findings);
        }
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
        }
        return findings;
    }
}
