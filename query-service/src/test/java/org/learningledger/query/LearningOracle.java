package org.learningledger.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.learningledger.events.learning.Tier;
import tools.jackson.databind.JsonNode;

/**
 * Asks every learning path as one reader and judges the answers by the generated facts: the list
 * (unfiltered and with one random filter), each learning's detail, each team's own list, and the
 * feed's backlog (see {@link FeedOracle}). Problems go to the {@link VisibilityOracle}.
 */
final class LearningOracle {

    /** What the reader should see of a learning in a list, and where it sorts. */
    private record Shown(GeneratedLearning learning, Tier tier, String line, Long minute) {
    }

    private static final Comparator<Shown> ORDER = Comparator.comparing(Shown::minute,
            Comparator.nullsLast(Comparator.reverseOrder())).thenComparing(s -> s.learning().id.toString());

    private final GeneratedHistory history;
    private final int batch;
    private final VisibilityOracle oracle;
    private final OracleReader reader;
    private final String token;
    private final Random random;
    private final List<GeneratedLearning> all;
    private final Set<String> ours;

    LearningOracle(GeneratedHistory history, int batch, VisibilityOracle oracle, OracleReader reader, String token) {
        this.history = history;
        this.batch = batch;
        this.oracle = oracle;
        this.reader = reader;
        this.token = token;
        this.random = new Random(history.seed ^ reader.id().hashCode() ^ batch);
        this.all = history.learnings.learnings;
        this.ours = all.stream().map(l -> l.id.toString()).collect(Collectors.toSet());
    }

    void check(String missingLearning, String missingTeam, long feedStart) {
        list("", s -> true);
        GeneratedHistory.Team team = history.teams.get(random.nextInt(history.teams.size()));
        Tier tier = Tier.values()[random.nextInt(2)];
        switch (random.nextInt(4)) {
            case 0 -> list("?tier=" + tier, s -> s.tier() == tier);
            case 1 -> list("?region=" + team.regionId(), s -> s.learning().regionId.equals(team.regionId()));
            case 2 -> list("?focus=" + team.focus(), s -> focus(s.learning()).equals(team.focus()));
            default -> list("?team=" + team.id() + "&tier=" + tier,
                    s -> s.learning().teamId.equals(team.id()) && s.tier() == tier);
        }
        for (GeneratedLearning l : all) {
            oracle.expect(reader.id(), token, "/api/learnings/" + l.id, reader.seesLearning(l, batch), missingLearning,
                    LearningOracle::detailView, expectedDetail(l));
        }
        // The reader's own teams, and one other (team-private lists share the experiments' 404 path).
        List<UUID> others = Stream.concat(history.teams.stream().map(GeneratedHistory.Team::id),
                history.ghostTeams.stream()).filter(t -> !reader.member(t)).toList();
        Stream.concat(reader.teams().stream().sorted(),
                others.isEmpty() ? Stream.empty() : Stream.of(others.get(random.nextInt(others.size())))).forEach(t ->
                oracle.expect(reader.id(), token, "/api/teams/" + t + "/learnings", reader.member(t), missingTeam,
                        json -> lines(json).stream().map(line -> line.substring(0, 36)).toList(),
                        shown(s -> s.learning().teamId.equals(t)).stream().map(s -> s.learning().id.toString())
                                .toList()));
        FeedOracle feed = new FeedOracle(history, batch, oracle, reader, token, feedStart);
        feed.check("", l -> true);
        feed.check("&region=" + team.regionId(), l -> l.regionId.equals(team.regionId()));
    }

    private void list(String query, Predicate<Shown> filter) {
        oracle.expect(reader.id(), token, "/api/learnings" + query, true, null, this::lines,
                shown(filter).stream().map(Shown::line).toList());
    }

    private List<Shown> shown(Predicate<Shown> filter) {
        return all.stream().filter(l -> reader.seesLearning(l, batch)).map(this::summary).filter(filter)
                .sorted(ORDER).toList();
    }

    private Shown summary(GeneratedLearning l) {
        boolean team = reader.member(l.teamId);
        List<GeneratedLearning.Version> visible = visibleVersions(l);
        GeneratedLearning.Version latest = visible.isEmpty() ? null : visible.get(visible.size() - 1);
        Tier tier = team ? l.tierAt(batch) : latest.tier();
        long endorsements = l.endorsementsAt(batch).stream().filter(e -> reader.seesPublished(l, batch, e.tier())).count();
        String line = String.join("|", l.id.toString(), String.valueOf(tier),
                latest == null ? "null" : String.valueOf(latest.number()),
                latest == null ? "null" : Envelopes.at(latest.minute()).toString(),
                team ? l.draftAt(batch) : latest.title(), String.valueOf(endorsements),
                team ? String.valueOf(l.withdrawnAt(batch)) : "-");
        return new Shown(l, tier, line, latest == null ? null : latest.minute());
    }

    /** This history's learnings in the list, in the order answered; others' national ones are ignored. */
    private List<String> lines(JsonNode list) {
        List<String> lines = new ArrayList<>();
        list.forEach(item -> {
            if (ours.contains(VisibilityOracle.text(item, "learningId"))) {
                lines.add(String.join("|", VisibilityOracle.text(item, "learningId"), VisibilityOracle.text(item, "tier"),
                        VisibilityOracle.text(item, "version"), VisibilityOracle.text(item, "publishedAt"),
                        VisibilityOracle.text(item, "title"), VisibilityOracle.text(item, "endorsements"),
                        item.has("withdrawn") ? VisibilityOracle.text(item, "withdrawn") : "-"));
            }
        });
        return lines;
    }

    private String expectedDetail(GeneratedLearning l) {
        if (!reader.seesLearning(l, batch)) {
            return null;
        }
        boolean team = reader.member(l.teamId);
        List<GeneratedLearning.Version> visible = visibleVersions(l);
        GeneratedLearning.Version latest = visible.isEmpty() ? null : visible.get(visible.size() - 1);
        List<String> invitations = l.invitationsAt(batch).stream().filter(i -> reader.seesInvitation(l, i.steward()))
                .map(i -> i.tier().name()).toList();
        return String.join("|", String.valueOf(team ? l.tierAt(batch) : latest.tier()),
                latest == null ? "null" : latest.number() + " " + latest.title(),
                visible.stream().map(v -> v.number() + ":" + v.tier() + ":" + v.title()).toList().toString(),
                l.endorsementsAt(batch).stream().filter(e -> reader.seesPublished(l, batch, e.tier()))
                        .map(e -> e.tier() + ":" + e.note()).toList().toString(),
                team ? String.valueOf(l.withdrawnAt(batch)) : "-",
                team && l.withdrawnAt(batch) ? l.withdrawReason : "-", team ? l.draftAt(batch) : "-",
                team || !invitations.isEmpty() ? invitations.toString() : "-");
    }

    private static String detailView(JsonNode json) {
        List<String> versions = new ArrayList<>();
        json.path("versions").forEach(v -> versions.add(VisibilityOracle.text(v, "version") + ":"
                + VisibilityOracle.text(v, "tier") + ":" + VisibilityOracle.text(v.path("snapshot"), "title")));
        List<String> endorsements = new ArrayList<>();
        json.path("endorsements").forEach(e -> endorsements.add(VisibilityOracle.text(e, "tier") + ":"
                + VisibilityOracle.text(e, "note")));
        List<String> invitations = new ArrayList<>();
        json.path("invitations").forEach(i -> invitations.add(VisibilityOracle.text(i, "tier")));
        return String.join("|", VisibilityOracle.text(json, "tier"),
                json.path("version").isNull() ? "null"
                        : VisibilityOracle.text(json, "version") + " " + VisibilityOracle.text(json.path("snapshot"), "title"),
                versions.toString(), endorsements.toString(),
                json.has("withdrawn") ? VisibilityOracle.text(json, "withdrawn") : "-",
                json.has("withdrawal") ? VisibilityOracle.text(json.path("withdrawal"), "reason") : "-",
                json.has("draft") ? VisibilityOracle.text(json.path("draft"), "title") : "-",
                json.has("invitations") ? invitations.toString() : "-");
    }

    private List<GeneratedLearning.Version> visibleVersions(GeneratedLearning l) {
        return l.versionsAt(batch).stream().filter(v -> reader.seesPublished(l, batch, v.tier())).toList();
    }

    private String focus(GeneratedLearning l) {
        return history.teams.stream().filter(t -> t.id().equals(l.teamId)).findFirst().orElseThrow().focus();
    }

    static UUID teamOf(GeneratedHistory history, UUID learning) {
        return history.learnings.learnings.stream().filter(l -> l.id.equals(learning)).findFirst()
                .map(l -> l.teamId).orElse(null);
    }
}
