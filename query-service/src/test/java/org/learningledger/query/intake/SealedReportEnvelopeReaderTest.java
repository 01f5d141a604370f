package org.learningledger.query.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.learningledger.events.DomainEvent;
import org.learningledger.events.EventCatalog;
import org.learningledger.events.EventEnvelope;
import org.learningledger.events.EventType;
import org.learningledger.events.LedgerJson;
import org.learningledger.events.content.ContentItem;
import org.learningledger.events.content.ContentSeal;
import org.learningledger.events.learning.Tier;
import org.learningledger.events.lesson.LessonDrafted;
import org.learningledger.events.report.ReportKind;
import org.learningledger.events.report.ReportSubmitted;
import org.learningledger.query.keys.ContentKeys;
import org.learningledger.query.keys.KeyServiceClientFactory;
import org.learningledger.query.keys.TestKeyService;
import tools.jackson.databind.node.ObjectNode;

/** Report and lesson events open like every other sealed event: under their own item's key, null once erased. */
class SealedReportEnvelopeReaderTest {

    private final TestKeyService service = new TestKeyService();
    private final ContentKeys keys = KeyServiceClientFactory.keys(service.url(), TestKeyService.SECRET);
    private final EnvelopeReader reader = new EnvelopeReader(keys);
    private final UUID report = UUID.randomUUID();
    private final ReportSubmitted submitted = new ReportSubmitted(report, UUID.randomUUID(), ReportKind.NEAR_MISS,
            "The door was left open", "A colleague noticed", "A checklist", "pbkdf2-sha256$210000$abc");

    @AfterEach
    void stop() {
        service.close();
    }

    @Test
    void givenASealedReport_whenRead_thenItsTextsOpenAndTheReceiptHashStaysInClear() {
        byte[] value = sealed(submitted, report);
        assertThat(new String(value)).doesNotContain("door").contains("pbkdf2-sha256$210000$abc");

        ReportSubmitted read = (ReportSubmitted) reader.read(value).payload();

        assertThat(read).isEqualTo(submitted);
    }

    @Test
    void givenASealedReportWhoseKeyWasErased_whenRead_thenItsTextsAreNullAndTheItemNamed() {
        byte[] value = sealed(submitted, report);
        service.erase(ContentItem.report(report), Instant.now());

        LedgerEvent event = reader.read(value);

        assertThat(((ReportSubmitted) event.payload()).whatHappened()).isNull();
        assertThat(((ReportSubmitted) event.payload()).receiptHash()).isEqualTo(submitted.receiptHash());
        assertThat(event.erased()).containsExactly(ContentItem.report(report));
    }

    @Test
    void givenASealedLessonDraft_whenRead_thenItsTextsOpen() {
        UUID lesson = UUID.randomUUID();
        LessonDrafted drafted = new LessonDrafted(lesson, report, UUID.randomUUID(), "rita", "Check the door",
                "summary", "practice", Tier.REGION);
        byte[] value = sealed(drafted, lesson);
        assertThat(new String(value)).doesNotContain("Check the door");

        assertThat(reader.read(value).payload()).isEqualTo(drafted);
    }

    private byte[] sealed(DomainEvent event, UUID aggregate) {
        EventType type = EventCatalog.byClass(event.getClass()).orElseThrow();
        ObjectNode envelope = LedgerJson.mapper().valueToTree(new EventEnvelope(UUID.randomUUID(), type.name(),
                type.revision(), "Report", aggregate, 0, 0, Instant.now(), LedgerJson.mapper().valueToTree(event)));
        envelope.set("payload", ContentSeal.seal(event, envelope.get("payload"), service));
        return LedgerJson.mapper().writeValueAsBytes(envelope);
    }
}
