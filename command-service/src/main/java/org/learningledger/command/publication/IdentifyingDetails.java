package org.learningledger.command.publication;

import java.util.List;

/**
 * Text refused because it would identify a child, a family or a worker (422): a publication, or a
 * steward's endorsement note, which travels with the publication to every reader of its tier.
 */
public class IdentifyingDetails extends RuntimeException {

    private final transient List<Finding> findings;

    public IdentifyingDetails(List<Finding> findings) {
        this(findings, "before publishing. Nothing was published; change the text at the positions listed and "
                + "publish again.");
    }

    IdentifyingDetails(List<Finding> findings, String what) {
        super(findings.size() + " identifying detail(s) must be removed " + what);
        this.findings = List.copyOf(findings);
    }

    public List<Finding> findings() {
        return findings;
    }
}
