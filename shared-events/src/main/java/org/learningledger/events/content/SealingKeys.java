package org.learningledger.events.content;

import javax.crypto.SecretKey;

/** Where new content gets its data key: the item's key, created on first use (the command side only). */
@FunctionalInterface
public interface SealingKeys {

    /** Throws {@link ErasedContentException} for an item that was erased: nothing new is sealed under it. */
    SecretKey forSealing(ContentItem item);
}
