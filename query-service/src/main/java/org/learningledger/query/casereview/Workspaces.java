package org.learningledger.query.casereview;

import static org.learningledger.query.casereview.CaseReviewQueries.instant;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.learningledger.events.casereview.ContributoryFactor;
import org.learningledger.events.casereview.ParticipantRole;
import org.learningledger.events.learning.Tier;
import org.learningledger.query.reader.Reader;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Loads one case review's workspace: its parts in the order they were recorded, addenda under their item. */
final class Workspaces {

    private final JdbcClient jdbc;

    Workspaces(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    CaseReviewWorkspace of(CaseReviewFacts f, Reader reader) {
        UUID id = f.id();
        FindingLinks links = new FindingLinks(jdbc);
        Map<UUID, List<UUID>> cites = links.cites(id);
        Map<UUID, FindingLinks.Responses> responses = links.responses(id, reader);
        Map<UUID, List<CaseReviewWorkspace.Addendum>> addenda = jdbc.sql(
                        "SELECT * FROM case_review_addendum WHERE case_review_id = :id ORDER BY sequence")
                .param("id", id).query((rs, n) -> Map.entry(rs.getObject("refers_to", UUID.class),
                        new CaseReviewWorkspace.Addendum(rs.getObject("addendum_id", UUID.class), rs.getString("text"),
                                rs.getString("recorded_by"), instant(rs, "recorded_at")))).list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        var row = jdbc.sql("SELECT withdrawal_reason, lead_id, erasure_role FROM case_review WHERE case_review_id = :id")
                .param("id", id).query((rs, n) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)})
                .single();
        return new CaseReviewWorkspace("workspace", id, f.region(), f.kind(), f.title(), row[1], f.openedAt(),
                jdbc.sql("""
                        SELECT * FROM case_review_participant WHERE case_review_id = :id AND removed_at IS NULL
                         ORDER BY added_at, user_id""").param("id", id)
                        .query((rs, n) -> new CaseReviewWorkspace.Participant(rs.getString("user_id"),
                                ParticipantRole.valueOf(rs.getString("role")), instant(rs, "added_at"))).list(),
                jdbc.sql("SELECT * FROM case_review_episode WHERE case_review_id = :id ORDER BY occurred_on, sequence")
                        .param("id", id).query((rs, n) -> new CaseReviewWorkspace.Episode(
                                rs.getObject("episode_id", UUID.class), rs.getObject("occurred_on", LocalDate.class),
                                rs.getString("what_happened"), rs.getString("why_it_made_sense"),
                                rs.getString("recorded_by"), instant(rs, "recorded_at"),
                                addenda.getOrDefault(rs.getObject("episode_id", UUID.class), List.of()))).list(),
                jdbc.sql("""
                        SELECT f.*, (SELECT count(*) FROM case_review_experiment x WHERE x.finding_id = f.finding_id)
                                    AS experiments
                          FROM case_review_finding f WHERE f.case_review_id = :id ORDER BY f.sequence""")
                        .param("id", id).query((rs, n) -> {
                            UUID finding = rs.getObject("finding_id", UUID.class);
                            FindingLinks.Responses responding = responses.getOrDefault(finding,
                                    FindingLinks.Responses.NONE);
                            return new CaseReviewWorkspace.Finding(finding, rs.getString("text"),
                                    factors((String[]) rs.getArray("factors").getArray()),
                                    rs.getBoolean("good_practice"), rs.getString("recorded_by"),
                                    instant(rs, "recorded_at"), addenda.getOrDefault(finding, List.of()),
                                    rs.getInt("experiments"), List.copyOf(cites.getOrDefault(finding, List.of())),
                                    responding.respondingExperiments(), responding.own());
                        }).list(),
                jdbc.sql("SELECT * FROM case_review_issue WHERE case_review_id = :id ORDER BY sequence")
                        .param("id", id).query((rs, n) -> new CaseReviewWorkspace.Issue(
                                rs.getObject("issue_id", UUID.class), rs.getString("question"),
                                rs.getString("raised_by"), instant(rs, "raised_at"),
                                addenda.getOrDefault(rs.getObject("issue_id", UUID.class), List.of()))).list(),
                jdbc.sql("SELECT *, snapshot::text AS json FROM case_review_version WHERE case_review_id = :id"
                                + " ORDER BY version").param("id", id)
                        .query((rs, n) -> new CaseReviewWorkspace.Version(rs.getInt("version"),
                                Tier.valueOf(rs.getString("tier")), rs.getString("proposed_by"),
                                instant(rs, "proposed_at"), rs.getString("approved_by"), instant(rs, "published_at"),
                                Snapshots.fromJson(rs.getString("json")))).list(),
                f.withdrawnAt(), row[0], f.erasedAt(), row[2]);
    }

    private static Set<ContributoryFactor> factors(String[] names) {
        EnumSet<ContributoryFactor> set = EnumSet.noneOf(ContributoryFactor.class);
        Arrays.stream(names).map(ContributoryFactor::valueOf).forEach(set::add);
        return set;
    }
}
