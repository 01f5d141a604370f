package org.learningledger.command.publication;

import java.util.List;

/** A publication refused because its text would identify a child, a family or a worker (422). */
public class IdentifyingDetails extends RuntimeException {

    private final transient List<Finding> findings;

    public IdentifyingDetails(List<Finding> findings) {
        super(findings.size() + " identifying detail(s) must be removed before publishing.");
        this.findings = List.copyOf(findings);
    }

    public List<Finding> findings() {
        return findings;
    }
}
