package org.learningledger.query.lesson;

import java.util.UUID;
import org.learningledger.query.reader.Item;
import org.learningledger.query.reader.Reader;
import org.learningledger.query.reader.Readers;
import org.learningledger.query.reader.Sight;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A lesson by id: a draft for its region's reviewers, an approved lesson for the readers of its tier, as
 * {@link Sight} decides; anyone else gets the 404 of a lesson that does not exist.
 */
@RestController
class LessonController {

    private final LessonQueries queries;
    private final Readers readers;

    LessonController(LessonQueries queries, Readers readers) {
        this.queries = queries;
        this.readers = readers;
    }

    @GetMapping("/api/lessons/{id}")
    LessonView one(@PathVariable UUID id, Authentication authentication) {
        Reader reader = readers.of(authentication);
        return queries.byId(id).filter(l -> Sight.of(reader, Item.lesson(l.lesson().regionId(), l.lesson().tier(),
                        l.lesson().approved(), l.stopped())).any())
                .map(LessonQueries.Stored::lesson).orElseThrow(LessonNotFoundException::new);
    }
}
