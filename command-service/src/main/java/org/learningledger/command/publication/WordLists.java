package org.learningledger.command.publication;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Reads the word lists beside this package's classes, so that what the guard knows is data, not code. */
final class WordLists {

    private WordLists() {
    }

    /** The non-blank lines of a list that are not comments ({@code #}), trimmed. */
    static List<String> lines(String resource) {
        try (InputStream in = Objects.requireNonNull(WordLists.class.getResourceAsStream(resource), resource);
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One alternation of literal words, longest first, so that a longer form wins over its prefix. */
    static String alternation(Set<String> words) {
        return words.stream().sorted(Comparator.comparingInt(String::length).reversed().thenComparing(s -> s))
                .map(Pattern::quote).collect(Collectors.joining("|", "(?:", ")"));
    }
}
