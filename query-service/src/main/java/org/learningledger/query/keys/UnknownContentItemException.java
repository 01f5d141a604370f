package org.learningledger.query.keys;

import org.learningledger.events.content.ContentItem;

/**
 * The command service holds no key for a sealed item (neither live nor erased): the record cannot be
 * opened, so its aggregate stops (fail closed, DESIGN principle 10) rather than being read past.
 */
public class UnknownContentItemException extends RuntimeException {

    public UnknownContentItemException(ContentItem item) {
        super("the command service knows no data key for content item " + item);
    }
}
