package org.learningledger.events.content;

/** New content was to be sealed under an item that was erased: its key is gone and stays gone. */
public class ErasedContentException extends RuntimeException {

    public ErasedContentException(ContentItem item) {
        super("content item " + item + " was erased; nothing more is written under it");
    }
}
