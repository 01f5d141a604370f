package org.learningledger.command.publication;

/**
 * One identifying detail in a text about to be published: which field, which rule, and where
 * ({@code start} inclusive, {@code end} exclusive, in UTF-16 chars as JavaScript counts them), so
 * the team can find and fix it.
 */
public record Finding(String field, String rule, int start, int end, String text) {
}
