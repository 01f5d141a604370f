package org.learningledger.query;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.learningledger.events.learning.Tier;

/**
 * Judges the report and lesson paths for one reader after one batch by "Who sees what": a report and a
 * lesson draft only for the current reviewers of its region; an approved lesson for its tier's readers
 * (as a learning) and its region's reviewers, at NATION every reviewer. Everyone else: the unknown id's 404.
 */
final class ReportOracle {

    /** The 404 answers for ids nobody has used. */
    record Missing(String regionReports, String report, String lesson, String figures) {
    }

    private final GeneratedHistory history;
    private final int batch;
    private final VisibilityOracle oracle;
    private final OracleReader rights;

    ReportOracle(GeneratedHistory history, int batch, VisibilityOracle oracle, OracleReader rights) {
        this.history = history;
        this.batch = batch;
        this.oracle = oracle;
        this.rights = rights;
    }

    void check(String token, Missing missing) {
        GeneratedReports generated = history.reports;
        Set<UUID> reviews = reviews(history, batch, rights.id());
        for (GeneratedHistory.Region region : history.regions) {
            Set<String> expected = generated.reports.stream()
                    .filter(r -> r.regionId().equals(region.id()) && r.batch() <= batch)
                    .map(r -> r.id().toString()).collect(Collectors.toCollection(TreeSet::new));
            oracle.expect(rights.id(), token, "/api/regions/" + region.id() + "/reports?limit=100",
                    reviews.contains(region.id()), missing.regionReports(), json -> StreamSupport
                            .stream(json.spliterator(), false).map(r -> r.path("id").asString())
                            .collect(Collectors.toCollection(TreeSet::new)), expected);
        }
        generated.reports.stream().filter(r -> r.batch() <= batch).forEach(r -> oracle.expect(rights.id(), token,
                "/api/reports/" + r.id(), reviews.contains(r.regionId()), missing.report(),
                json -> json.path("whatHappened").asString(), "happened " + r.id()));
        generated.lessons.stream().filter(l -> l.existsAt(batch)).forEach(l -> {
            boolean approved = l.approvedAt(batch);
            boolean visible = reviews.contains(l.regionId()) || approved && readsApproved(l, reviews);
            oracle.expect(rights.id(), token, "/api/lessons/" + l.id(), visible, missing.lesson(),
                    json -> json.path("approved").asBoolean() + " " + json.path("tier").asString(),
                    approved + " " + l.tierAt(batch));
        });
        new LessonOracle(history, batch, oracle, rights, this).check(token, missing);
    }

    /** An approved lesson: for its tier's readers (as a learning), its region's reviewers, at NATION every reviewer. */
    boolean readsApproved(GeneratedReports.Lesson l, Set<UUID> reviews) {
        return reviews.contains(l.regionId()) || rights.seesTier(l.regionId(), l.tier())
                || l.tier() == Tier.NATION && !reviews.isEmpty();
    }

    /** The regions the reader reviews after {@code batch}. */
    static Set<UUID> reviews(GeneratedHistory history, int batch, String reader) {
        return history.reports.reviewerOf.get(batch).getOrDefault(reader, Set.of());
    }

    /** The ids of the regions the reader reviews, as /api/me lists them (by region name). */
    static List<String> reviewsJson(GeneratedHistory history, int batch, String reader) {
        Set<UUID> reviews = reviews(history, batch, reader);
        return history.regions.stream().filter(r -> reviews.contains(r.id()))
                .sorted(Comparator.comparing(GeneratedHistory.Region::name))
                .map(r -> "\"" + r.id() + "\"").toList();
    }
}
