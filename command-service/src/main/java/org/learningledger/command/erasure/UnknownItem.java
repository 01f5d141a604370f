package org.learningledger.command.erasure;

/**
 * An item of a record the actor may see (so its existence is no secret to them) that does not exist:
 * 404 with a problem document naming the field, unlike the bare "not found" of an unseen record.
 */
public class UnknownItem extends RuntimeException {

    private final String field;
    private final String rule;

    public UnknownItem(String field, String rule, String message) {
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
