package org.learningledger.query.runchart;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

/** Signals and phases made by hand, for testing the words on their own. */
final class Sentences {

    static final LocalDate MARCH_3 = LocalDate.of(2025, 3, 3);
    static final LocalDate MARCH_8 = LocalDate.of(2025, 3, 8);

    private Sentences() {
    }

    static Signal signal(Rule rule, Direction direction, Boolean better, int observed, int useful, boolean ongoing) {
        RuleSet set = rule == Rule.LONGEST_RUN || rule == Rule.FEW_CROSSINGS ? RuleSet.ANHOJ : RuleSet.IHI;
        LocalDate to = rule == Rule.ASTRONOMICAL ? MARCH_3 : MARCH_8;
        return new Signal(rule, set, 0, List.of(Charts.id(1)), MARCH_3, to, direction, better, observed, useful,
                ongoing);
    }

    static Phase phase(int points, int baseline, String median, boolean frozen, int useful) {
        List<UUID> ids = Collections.nCopies(points, Charts.id(1));
        return new Phase(0, MARCH_3, ids, ids.subList(0, baseline), new BigDecimal(median), frozen, useful,
                useful >= 10, null);
    }
}
