package org.learningledger.command.experiment;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.learningledger.command.experiment.MeasureHistory.DEFINED;
import static org.learningledger.command.experiment.MeasureHistory.RECORDED;
import static org.learningledger.command.experiment.MeasureHistory.TODAY;

import org.junit.jupiter.api.Test;
import org.learningledger.command.RuleViolation;

/**
 * An erased experiment's measure texts load blank (their key is gone), so a cached aggregate keeps them
 * blank too: what it held is no longer what it compares a retry with.
 */
class MeasuresTest {

    @Test
    void givenErasedMeasures_whenTheirFormerContentIsCompared_thenItIsNoLongerThere() {
        Measures measures = new Measures();
        measures.on(DEFINED);
        measures.on(RECORDED);
        measures.erased();
        assertThatThrownBy(() -> measures.define(DEFINED, Stage.PROPOSED)).isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> measures.record(RECORDED, false, Stage.PROPOSED, TODAY))
                .isInstanceOf(RuleViolation.class);
    }
}
