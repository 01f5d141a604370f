package org.learningledger.command.lesson;

import java.util.Optional;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.learningledger.command.organisation.Directory;
import org.learningledger.events.learning.Tier;
import org.learningledger.events.lesson.LessonApproved;
import org.learningledger.events.lesson.LessonDrafted;
import org.learningledger.events.lesson.LessonErased;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Where each lesson is visible, in the lesson event's transaction (the directory's subscribing processor):
 * an experiment may build on an approved lesson its team can see. Never a lesson's text.
 */
@Component
@ProcessingGroup(Directory.GROUP)
public class LessonDirectory {

    private final JdbcClient jdbc;

    LessonDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<RecordedLesson> lesson(UUID lessonId) {
        return jdbc.sql("select lesson_id, region_id, tier, approved, erased from directory_lesson where lesson_id = ?")
                .params(lessonId).query((rs, n) -> new RecordedLesson(rs.getObject(1, UUID.class),
                        rs.getObject(2, UUID.class), Tier.valueOf(rs.getString(3)), rs.getBoolean(4),
                        rs.getBoolean(5))).optional();
    }

    @EventHandler
    void on(LessonDrafted event) {
        jdbc.sql("insert into directory_lesson (lesson_id, region_id, tier) values (?, ?, ?) on conflict do nothing")
                .params(event.lessonId(), event.regionId(), event.tier().name()).update();
    }

    @EventHandler
    void on(LessonApproved event) {
        jdbc.sql("update directory_lesson set approved = true, tier = ? where lesson_id = ?")
                .params(event.tier().name(), event.lessonId()).update();
    }

    @EventHandler
    void on(LessonErased event) {
        jdbc.sql("update directory_lesson set erased = true where lesson_id = ?").params(event.lessonId()).update();
    }
}
