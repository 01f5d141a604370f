package org.learningledger.events.content;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A text field that may hold private or personal words (a team's work, the voice of a child or a
 * family): it is stored and forwarded only as ciphertext under its content item's data key, and
 * erasing the item blanks it everywhere. Every text field of an event is this or {@link NotPersonal};
 * a text field with neither is treated as this one.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Personal {
}
