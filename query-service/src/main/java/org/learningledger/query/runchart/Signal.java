package org.learningledger.query.runchart;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One rule that fired in one phase, with the points it covers.
 *
 * @param rule         which rule
 * @param ruleSet      which rule set it belongs to (IHI or Anhøj); both sets are judged, each says so
 * @param phase        the phase's index
 * @param points       the points the rule counted, in chart order (a shift's points on the median are not among
 *                     them: they neither break nor count; a trend's repeated values likewise); for the runs and
 *                     crossings rules, all the phase's useful points
 * @param from         the first covered point's day
 * @param to           the last covered point's day
 * @param direction    which side or way; NONE for the runs and crossings rules
 * @param better       whether the direction is the measure's better one; null when the rule has no direction
 * @param observed     what the rule counted: points (shift, trend, long run), runs, crossings, or 1 (one point)
 * @param usefulPoints the phase's useful points, which the rule's limit depends on
 * @param ongoing      true when nothing has ended the signal yet: no later phase has begun and every later point
 *                     of the phase neither breaks nor counts (the words then say "since" rather than "from … to")
 */
public record Signal(Rule rule, RuleSet ruleSet, int phase, List<UUID> points, LocalDate from, LocalDate to,
        Direction direction, Boolean better, int observed, int usefulPoints, boolean ongoing) {

    public Signal {
        points = List.copyOf(points);
    }
}
