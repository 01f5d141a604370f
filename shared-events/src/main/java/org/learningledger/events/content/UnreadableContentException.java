package org.learningledger.events.content;

/** Sealed text that its key does not open: altered, moved to another field or item, or sealed by another key. */
public class UnreadableContentException extends RuntimeException {

    public UnreadableContentException(ContentItem item, String field, Exception cause) {
        super("sealed field '" + field + "' of content item " + item + " does not open with its key: "
                + "it was altered or does not belong there", cause);
    }
}
