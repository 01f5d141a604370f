package org.learningledger.events.experiment;

/** Which way a measure improves: more is better (UP) or less is better (DOWN). */
public enum Better {
    UP, DOWN
}
