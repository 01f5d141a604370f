package org.learningledger.events.content;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A text field that is stored in clear, with the reason it can be: {@link #value()} says why. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface NotPersonal {

    /** Why this text is not private or personal, e.g. "the account id of the sign-in service". */
    String value();
}
