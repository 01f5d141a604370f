package org.learningledger.events.casereview;

/** The conditions in the system that shaped what was done (the systems approach's factor families). */
public enum ContributoryFactor {
    PERSON, TASK, TOOLS_AND_TECHNOLOGY, ORGANISATION, ENVIRONMENT
}
