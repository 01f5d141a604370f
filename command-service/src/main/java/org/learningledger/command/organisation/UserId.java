package org.learningledger.command.organisation;

import java.util.Objects;
import java.util.regex.Pattern;

/** A person, by the subject of their identity token. Never taken from a request body for the actor. */
public record UserId(String value) {

    /** An identity provider's subject: up to 200 characters without white space. */
    public static final String PATTERN = "\\S{1,200}";
    private static final Pattern VALID = Pattern.compile(PATTERN);

    public UserId {
        Objects.requireNonNull(value, "user id");
        if (!VALID.matcher(value).matches()) {
            throw new IllegalArgumentException("not a valid user id: " + value);
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
