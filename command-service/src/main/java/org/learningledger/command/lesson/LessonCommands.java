package org.learningledger.command.lesson;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.learningledger.command.organisation.RegionId;
import org.learningledger.command.organisation.Reviewerships;
import org.learningledger.command.organisation.UserId;
import org.learningledger.events.content.Erasure;
import org.learningledger.events.learning.Tier;

/** The commands of a lesson; the actor's reviewer regions come as facts, loaded before dispatch. */
final class LessonCommands {

    private LessonCommands() {
    }

    /**
     * {@code reportRegion}: the region of the report it is written from, or null when there is no such report;
     * {@code reportErased}: whether that report was erased.
     */
    record DraftLesson(@TargetAggregateIdentifier LessonId lessonId, UUID reportId, RegionId reportRegion,
                       boolean reportErased, UserId reviewer, String title, String summary, String practice, Tier tier,
                       Reviewerships reviewerships) {
    }

    record ApproveLesson(@TargetAggregateIdentifier LessonId lessonId, UserId approver, Reviewerships reviewerships) {
    }

    /** {@code encrypted}: whether the key table has the lesson's key (else it was stored in clear). */
    record EraseLesson(@TargetAggregateIdentifier LessonId lessonId, Erasure erasure, boolean encrypted,
                       Reviewerships reviewerships) {
    }
}
