package org.learningledger.command;

/** A request field that is well-formed but breaks a rule only the recorded facts can tell (400). */
public class FieldRuleViolation extends RuntimeException {

    private final String field;
    private final String rule;

    public FieldRuleViolation(String field, String rule, String message) {
        super(message);
        this.field = field;
        this.rule = rule;
    }

    public String field() {
        return field;
    }

    public String rule() {
        return rule;
    }
}
