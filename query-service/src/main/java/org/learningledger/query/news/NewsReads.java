package org.learningledger.query.news;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import org.learningledger.query.history.HistoryQueries;
import org.learningledger.query.history.HistoryRow;
import org.learningledger.query.history.HistorySight;
import org.learningledger.query.organisation.Directory;
import org.learningledger.query.organisation.Names;
import org.learningledger.query.reader.Reader;
import org.learningledger.query.reader.Sight;
import org.learningledger.query.reader.Visibility;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Cuts a reader's news out of history: the rows that concern the teams whose private work the reader sees, each
 * kept only where the one policy ({@link HistorySight}) gives the reader something of it, and shown no further
 * than it does (a validation seen as a link names the team and result, not its learning).
 */
@Component
class NewsReads {

    static final int LIMIT = 50;

    private final HistoryQueries history;
    private final Directory directory;
    private final JdbcClient jdbc;

    NewsReads(HistoryQueries history, Directory directory, JdbcClient jdbc) {
        this.history = history;
        this.directory = directory;
        this.jdbc = jdbc;
    }

    News news(Reader reader, Instant since, Instant until) {
        List<UUID> teams = Visibility.teamsSeenPrivately(reader);
        List<HistoryRow> rows = history.concerning(teams, since == null ? Instant.EPOCH : since, until, LIMIT).stream()
                .filter(row -> HistorySight.of(reader, row).any()).toList();
        Names names = directory.names();
        Map<UUID, String> titles = ownTitles(reader, rows.stream()
                .map(r -> r.isValidation() ? r.validates() : r.learningId()).filter(Objects::nonNull).toList());
        Map<UUID, String> targets = ownTargets(reader, rows.stream().filter(r -> r.kind().equals("challenge-answered"))
                .map(HistoryRow::aggregateId).toList());
        List<NewsItem> items = rows.stream().map(row -> item(reader, row, names, titles, targets)).toList();
        return new News(since, until, items.size(), items);
    }

    private static NewsItem item(Reader reader, HistoryRow r, Names names, Map<UUID, String> titles,
            Map<UUID, String> targets) {
        return switch (r.kind()) {
            case "endorsed" -> new NewsItem("endorsed", r.occurredAt(), r.teamId(), names.team(r.teamId()),
                    r.learningId(), titles.get(r.learningId()), null, null, r.stewardRegionId(),
                    names.region(r.stewardRegionId()), tier(r), r.note(), null, null, null, null, null, null);
            // an invitation's row keeps the tier it invites to in its note column (see HistoryFacts)
            case "invited" -> new NewsItem("invited", r.occurredAt(), r.teamId(), names.team(r.teamId()),
                    r.learningId(), titles.get(r.learningId()), null, null, r.stewardRegionId(),
                    names.region(r.stewardRegionId()), r.note(), null, null, null, null, null, null, null);
            case "challenge-answered" -> new NewsItem("answered", r.occurredAt(), r.teamId(), names.team(r.teamId()),
                    null, null, r.aggregateId(), targets.get(r.aggregateId()), r.regionId(), names.region(r.regionId()),
                    tier(r), r.note(), r.result(), null, null, null, null, null);
            default -> tried(reader, r, names, titles);
        };
    }

    /** A validation by another team: its learning only where the reader sees it in full. */
    private static NewsItem tried(Reader reader, HistoryRow r, Names names, Map<UUID, String> titles) {
        boolean full = HistorySight.of(reader, r) == Sight.FULL;
        UUID ours = r.validates();
        UUID ourTeam = Visibility.seesTeamPrivate(reader, r.validatedTeam()) ? r.validatedTeam() : null;
        return new NewsItem("tried", r.occurredAt(), ourTeam, names.team(ourTeam), ours, titles.get(ours), null, null,
                r.regionId(), names.region(r.regionId()), tier(r), null, null, r.teamId(), names.team(r.teamId()),
                full ? r.learningId() : null, full ? r.title() : null, r.result());
    }

    private static String tier(HistoryRow r) {
        return r.tier() == null ? null : r.tier().name();
    }

    /** Titles of the reader's teams' own learnings (their current draft's), which the team sees in full. */
    private Map<UUID, String> ownTitles(Reader reader, Collection<UUID> ids) {
        return ids.isEmpty() ? Map.of() : jdbc.sql("SELECT id, team_id, title FROM learning WHERE id IN (:ids)")
                .param("ids", ids).query((rs, n) -> new Owned(rs.getObject("id", UUID.class),
                        rs.getObject("team_id", UUID.class), rs.getString("title"))).list().stream()
                .filter(o -> o.text() != null && Visibility.seesTeamPrivate(reader, o.team()))
                .collect(Collectors.toMap(Owned::id, Owned::text, (a, b) -> a));
    }

    /** Targets of challenges the reader's teams raised: their own words. */
    private Map<UUID, String> ownTargets(Reader reader, Collection<UUID> ids) {
        return ids.isEmpty() ? Map.of() : jdbc.sql("SELECT challenge_id, team_id, target FROM challenge"
                + " WHERE challenge_id IN (:ids)").param("ids", ids).query((rs, n) -> new Owned(
                        rs.getObject("challenge_id", UUID.class), rs.getObject("team_id", UUID.class),
                        rs.getString("target"))).list().stream()
                .filter(o -> o.text() != null && o.team() != null && Visibility.seesTeamPrivate(reader, o.team()))
                .collect(Collectors.toMap(Owned::id, Owned::text, (a, b) -> a));
    }

    private record Owned(UUID id, UUID team, String text) {
    }
}
