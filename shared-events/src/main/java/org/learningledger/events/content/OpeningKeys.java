package org.learningledger.events.content;

import java.util.Optional;
import javax.crypto.SecretKey;

/** Where sealed content finds its data key; empty once the item is erased (its text then reads as null). */
@FunctionalInterface
public interface OpeningKeys {

    Optional<SecretKey> forOpening(ContentItem item);
}
