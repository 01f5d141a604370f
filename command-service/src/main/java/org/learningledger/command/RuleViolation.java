package org.learningledger.command;

/**
 * A command that breaks a business rule. Thrown before any event is applied, so nothing is
 * appended; the API answers 409 with the rule's name so a client can tell rules apart.
 */
public class RuleViolation extends RuntimeException {

    private final String rule;

    public RuleViolation(String rule, String detail) {
        super(detail);
        this.rule = rule;
    }

    public String rule() {
        return rule;
    }
}
