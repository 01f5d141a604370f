package org.learningledger.query.reader;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;
import org.learningledger.events.learning.Tier;
import org.learningledger.query.organisation.Region;
import org.learningledger.query.organisation.Team;

/**
 * Yes-or-no questions over {@link Sight}, for callers that need one answer rather than a cut of an
 * item (a team's private list, the feed's door, the SQL that narrows candidates). Every answer here
 * is {@link Sight#of}'s: this class holds no rule of its own.
 */
public final class Visibility {

    private Visibility() {
    }

    /** Team-private content of {@code owningTeam}: visible to its current members only. */
    public static boolean seesTeamPrivate(Reader reader, UUID owningTeam) {
        return Sight.of(reader, Item.teamPrivate(owningTeam, false)) == Sight.FULL;
    }

    /** The teams whose private work the reader sees: what the learning list's SQL may narrow to. */
    public static List<UUID> teamsSeenPrivately(Reader reader) {
        return reader.teams().stream().map(Team::teamId).filter(team -> seesTeamPrivate(reader, team)).toList();
    }

    /** Whether any publication at all can reach the reader: members, stewards and analysts. */
    public static boolean readsAnyPublication(Reader reader) {
        return Sight.of(reader, Item.published(null, null, Tier.NATION, null, false, false)) == Sight.FULL;
    }

    /**
     * Whether anything of the feed can reach the reader: a publication, or an approved lesson (NATION reaches
     * every reviewer, so a reviewer who is no member, steward or analyst has a feed of lessons).
     */
    public static boolean readsAnyFeed(Reader reader) {
        return readsAnyPublication(reader)
                || Sight.of(reader, Item.lesson(null, Tier.NATION, true, false)) == Sight.FULL;
    }

    /** The confidential reports of {@code region} (not stopped): visible to its current reviewers only. */
    public static boolean readsReportsOf(Reader reader, UUID region) {
        return Sight.of(reader, Item.report(region, false)) == Sight.FULL;
    }

    /** The report figures of {@code region}: for analysts and the region's current reviewers. */
    public static boolean readsFiguresOf(Reader reader, UUID region) {
        return Sight.of(reader, Item.reportFigures(region)) == Sight.FULL;
    }

    /** Whether the reader reads any region's report figures: an analyst, or a reviewer of some region. */
    public static boolean readsAnyFigures(Reader reader) {
        return readsFiguresOf(reader, null) || reader.reviews().stream().anyMatch(r -> readsFiguresOf(reader, r));
    }

    /** The regions whose REGION-tier publications the reader gets in full: what the search's SQL narrows to. */
    public static List<UUID> regionsReadAtRegionTier(Reader reader) {
        return regionsNamed(reader).filter(region -> Sight.of(reader,
                Item.published(null, region, Tier.REGION, null, false, false)) == Sight.FULL).toList();
    }

    /** The regions whose approved REGION-tier lessons the reader gets: their tier's readers and reviewers. */
    public static List<UUID> regionsOfLessonsRead(Reader reader) {
        return regionsNamed(reader).filter(region -> Sight.of(reader, Item.lesson(region, Tier.REGION, true, false))
                == Sight.FULL).toList();
    }

    /** Whether approved NATION-tier lessons reach the reader. */
    public static boolean readsNationalLessons(Reader reader) {
        return Sight.of(reader, Item.lesson(null, Tier.NATION, true, false)) == Sight.FULL;
    }

    /** Every region the reader's facts name: candidates only, each still judged by {@link Sight}. */
    private static Stream<UUID> regionsNamed(Reader reader) {
        return Stream.of(reader.teams().stream().map(Team::regionId), reader.stewardOf().stream().map(Region::regionId),
                reader.reviews().stream()).flatMap(s -> s).filter(Objects::nonNull).distinct();
    }
}
