package org.learningledger.command.casereview;

/**
 * A well-formed field that breaks a rule of the recorded facts (422): a finding without a factor, an
 * addendum to an item of another review, evidence the raiser cannot see. Nothing is appended.
 */
public class UnprocessableField extends RuntimeException {

    private final String field;
    private final String rule;

    public UnprocessableField(String field, String rule, String message) {
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
