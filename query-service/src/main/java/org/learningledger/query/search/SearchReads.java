package org.learningledger.query.search;

import java.util.List;
import java.util.Set;
import org.learningledger.query.reader.Item;
import org.learningledger.query.reader.Reader;
import org.learningledger.query.reader.Sight;
import org.learningledger.query.reader.Visibility;
import org.springframework.stereotype.Component;

/**
 * A reader's search: the SQL is narrowed by the reader's facts as {@link Visibility} states them, and every row
 * it finds is judged once more by {@link Sight} itself, so a rule can never drift between the two; a hit is shown
 * only where the reader gets the thing in full.
 */
@Component
class SearchReads {

    private final SearchQueries queries;

    SearchReads(SearchQueries queries) {
        this.queries = queries;
    }

    List<SearchHit> search(Reader reader, SearchFilter filter) {
        SearchQueries.Narrowing narrowing = new SearchQueries.Narrowing(Visibility.teamsSeenPrivately(reader),
                Visibility.regionsReadAtRegionTier(reader), Visibility.readsAnyPublication(reader),
                Visibility.regionsOfLessonsRead(reader), Visibility.readsNationalLessons(reader));
        return queries.find(narrowing, filter).stream().filter(f -> Sight.of(reader, item(reader, f)) == Sight.FULL)
                .map(f -> hit(reader, f, filter)).toList();
    }

    /** The facts of a row as the policy knows them: what kind of thing the reader would be shown. */
    static Item item(Reader reader, SearchQueries.Found f) {
        return switch (f.kind()) {
            case "experiment" -> Item.teamPrivate(f.teamId(), f.stopped());
            case "learning" -> f.tier() == null || Visibility.seesTeamPrivate(reader, f.teamId())
                    ? Item.teamPrivate(f.teamId(), f.stopped())
                    : Item.published(f.teamId(), f.regionId(), f.tier(), null, f.withdrawn(), f.stopped());
            case "lesson" -> Item.lesson(f.regionId(), f.tier(), true, f.stopped());
            case "caseReview" -> Item.caseReviewSnapshot(f.regionId(), f.tier(), Set.of(), f.withdrawn(), f.stopped());
            default -> throw new IllegalStateException("No search source of kind " + f.kind());
        };
    }

    private static SearchHit hit(Reader reader, SearchQueries.Found f, SearchFilter filter) {
        boolean own = f.teamId() != null && Visibility.seesTeamPrivate(reader, f.teamId());
        String link = switch (f.kind()) {
            case "experiment" -> "#/team/" + f.teamId() + "/experiments/" + f.id();
            case "learning" -> own ? "#/team/" + f.teamId() + "/learnings/" + f.id() : "#/learning/" + f.id();
            case "caseReview" -> "#/case-reviews/" + f.id();
            default -> "#/landscape";
        };
        return new SearchHit(f.kind(), f.id(), f.teamId(), f.title(), Snippets.of(f.body(), filter.words()), f.stage(),
                f.at() == null ? null : f.at().toInstant(), link);
    }
}
