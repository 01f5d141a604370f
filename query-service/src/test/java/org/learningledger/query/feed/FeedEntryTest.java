package org.learningledger.query.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.learningledger.events.learning.Tier;
import org.learningledger.query.reader.Sight;

class FeedEntryTest {

    private final FeedEntry validation = new FeedEntry(42, FeedEntry.Kind.VALIDATED, UUID.randomUUID(),
            UUID.randomUUID(), UUID.randomUUID(), "worker-wellbeing", Tier.REGION, UUID.randomUUID(), false,
            "{\"version\":1,\"result\":\"CONFIRMED\",\"snapshot\":{\"title\":\"secret practice\"}}");

    @Test
    void givenFullSight_whenRendered_thenThePayloadWithPositionKindAndFocus() {
        assertThat(validation.data(Sight.FULL))
                .contains("\"position\":42", "\"kind\":\"validated\"", "\"focus\":\"worker-wellbeing\"", "secret practice");
    }

    @Test
    void givenLinkSight_whenRendered_thenTheValidationsContentIsLeftOut() {
        assertThat(validation.data(Sight.LINK)).contains("\"result\":\"CONFIRMED\"")
                .doesNotContain("snapshot", "secret practice");
    }

    @Test
    void givenLessonEntry_whenRendered_thenItNamesTheLessonAndRegionAndNoLearningTeamOrFocus() {
        UUID lesson = UUID.randomUUID();
        UUID region = UUID.randomUUID();
        FeedEntry entry = new FeedEntry(7, FeedEntry.Kind.LESSON, null, null, region, null, Tier.NATION, null, false,
                "{\"tier\":\"NATION\",\"title\":\"Ask twice\",\"regionId\":\"" + region + "\",\"lessonId\":\""
                        + lesson + "\"}");
        assertThat(entry.data(Sight.FULL)).startsWith("{\"position\":7,\"kind\":\"lesson\",\"lessonId\":\"" + lesson
                + "\",\"regionId\":\"" + region + "\"").contains("\"title\":\"Ask twice\"")
                .doesNotContain("learningId", "teamId", "focus");
    }
}
