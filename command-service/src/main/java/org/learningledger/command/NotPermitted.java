package org.learningledger.command;

/** The acting user may not do this (403). Decided before any event is applied. */
public class NotPermitted extends RuntimeException {

    public NotPermitted(String detail) {
        super(detail);
    }
}
