package org.learningledger.query.runchart;

/** Which side of the median (ABOVE, BELOW) or which way (RISING, FALLING) a signal goes; NONE when it has no way. */
public enum Direction {
    ABOVE, BELOW, RISING, FALLING, NONE
}
