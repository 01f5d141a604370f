package org.learningledger.events.content;

/** Why an item was erased: a choice, not free text, so the erasure itself carries no content. */
public enum ErasureReason {
    /** It named or pointed at a child, a family or a colleague. */
    IDENTIFYING_DETAILS,
    /** It was written by mistake (wrong experiment, wrong family, a slip). */
    ENTERED_IN_ERROR,
    /** A person asked for their data to be erased (GDPR Article 17); an administrator erases it with the reference. */
    DATA_SUBJECT_REQUEST
}
