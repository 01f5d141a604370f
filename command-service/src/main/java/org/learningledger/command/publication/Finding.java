package org.learningledger.command.publication;

/**
 * One identifying detail in a team's text: which field, which rule, and where ({@code start}
 * inclusive, {@code end} exclusive, in UTF-16 chars as JavaScript counts them), with a short reason,
 * so the team can find and fix it.
 */
public record Finding(String field, String rule, int start, int end, String text, String message) {
}
