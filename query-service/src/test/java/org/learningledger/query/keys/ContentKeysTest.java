package org.learningledger.query.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.learningledger.events.content.ContentItem;

/** The key client against a stand-in of the command service's endpoint serving the contract's JSON. */
class ContentKeysTest {

    private final TestKeyService service = new TestKeyService();
    private final ContentKeys keys = new ContentKeys(new KeyServiceClient(service.url(), TestKeyService.SECRET, ""),
            Duration.ofMinutes(5), 10_000);
    private final UUID experiment = UUID.randomUUID();

    @BeforeEach
    void listening() {
        keys.trust(true); // as in an instance whose erasure listener holds LISTEN (KeyErasureSignals)
    }

    @AfterEach
    void stop() {
        service.close();
    }

    @Test
    void givenABatchOfItems_whenPrefetched_thenOneRequestAndEveryKeyComesFromTheCache() {
        List<ContentItem> items = observations(5);
        items.forEach(service::forSealing);

        keys.prefetch(items);
        items.forEach(item -> assertThat(keys.forOpening(item)).contains(service.forSealing(item)));
        keys.prefetch(items);

        assertThat(service.requests()).hasSize(1);
        assertThat(service.requests().get(0)).hasSize(5);
    }

    @Test
    void givenMoreItemsThanOneRequestTakes_whenPrefetched_thenTheyGoInRequestsOfAtMostAThousand() {
        List<ContentItem> items = observations(2_300);
        items.forEach(service::forSealing);

        keys.prefetch(items);

        assertThat(service.requests()).extracting(List::size).containsExactly(1000, 1000, 300);
    }

    @Test
    void givenAnErasedItem_whenOpening_thenNoKey() {
        ContentItem item = ContentItem.experiment(experiment);
        service.forSealing(item);
        service.erase(item, Instant.parse("2026-03-02T10:00:00Z"));

        assertThat(keys.forOpening(item)).isEmpty();
        assertThat(keys.forOpening(ContentItem.experiment(experiment))).isEmpty();
        assertThat(service.requests()).hasSize(1);
    }

    @Test
    void givenNoErasureListener_whenABatchIsOpened_thenOneRequestServesItAndNothingIsKeptForTheNext() {
        List<ContentItem> items = observations(3);
        items.forEach(service::forSealing);
        keys.trust(false);

        keys.prefetch(items);
        items.forEach(item -> assertThat(keys.forOpening(item)).isPresent());
        keys.prefetch(items);

        assertThat(service.requests()).hasSize(2);
    }

    @Test
    void givenAnErasureHeardWhileABatchIsFetched_whenTheAnswerArrives_thenOnlyTheErasedItemIsAskedAgain() {
        List<ContentItem> items = observations(2);
        items.forEach(service::forSealing);
        KeyServiceClient endpoint = new KeyServiceClient(service.url(), TestKeyService.SECRET, "");
        AtomicReference<ContentKeys> racing = new AtomicReference<>();
        racing.set(new ContentKeys(batch -> {
            KeyAnswer answer = endpoint.fetch(batch);
            if (batch.size() == 2) { // erased and evicted after the endpoint answered, before it is cached
                service.erase(items.get(0), Instant.now());
                racing.get().evict(items.get(0));
            }
            return answer;
        }, Duration.ofMinutes(5), 100));
        racing.get().trust(true);

        racing.get().prefetch(items);

        assertThat(racing.get().forOpening(items.get(0))).isEmpty();
        assertThat(racing.get().forOpening(items.get(1))).isPresent();
        assertThat(service.requests()).hasSize(2);
    }

    @Test
    void givenAnItemTheServiceDoesNotKnow_whenOpening_thenUnknownFailsClosed() {
        ContentItem item = ContentItem.experiment(experiment);

        assertThatThrownBy(() -> keys.forOpening(item)).isInstanceOf(UnknownContentItemException.class)
                .hasMessageContaining(item.key());
    }

    @Test
    void givenACachedKey_whenItsExperimentIsErased_thenEvictionAsksAgainAndGetsErased() {
        ContentItem observation = ContentItem.observation(experiment, UUID.randomUUID());
        service.forSealing(observation);
        assertThat(keys.forOpening(observation)).isPresent();

        service.erase(ContentItem.experiment(experiment), Instant.now());
        assertThat(keys.forOpening(observation)).as("cached until evicted").isPresent();
        keys.evict(ContentItem.experiment(experiment));

        assertThat(keys.forOpening(observation)).isEmpty();
        assertThat(service.requests()).hasSize(2);
    }

    @Test
    void givenTheServiceUnavailable_whenFetching_thenUnavailableNotUnknown() {
        service.unavailable(true);

        assertThatThrownBy(() -> keys.forOpening(ContentItem.experiment(experiment)))
                .isInstanceOf(KeyServiceUnavailableException.class).hasMessageContaining("503");
    }

    @Test
    void givenAWrongSecret_whenFetching_thenUnavailableNamingTheSecret() {
        ContentKeys wrong = new ContentKeys(new KeyServiceClient(service.url(), "not-it", ""), Duration.ofMinutes(5), 10);

        assertThatThrownBy(() -> wrong.forOpening(ContentItem.experiment(experiment)))
                .isInstanceOf(KeyServiceUnavailableException.class).hasMessageContaining("401")
                .hasMessageContaining("secret");
    }

    @Test
    void givenNoServiceListening_whenFetching_thenUnavailable() {
        service.close();

        assertThatThrownBy(() -> keys.forOpening(ContentItem.experiment(experiment)))
                .isInstanceOf(KeyServiceUnavailableException.class).hasMessageContaining("unreachable");
    }

    @Test
    void givenNoSecretConfigured_whenFetching_thenUnavailableNamingBothSettings() {
        ContentKeys none = new ContentKeys(new KeyServiceClient(service.url(), "", ""), Duration.ofMinutes(5), 10);

        assertThatThrownBy(() -> none.forOpening(ContentItem.experiment(experiment)))
                .isInstanceOf(KeyServiceUnavailableException.class)
                .hasMessageContaining("ledger.keys.internal-secret").hasMessageContaining("internal-secret-file");
    }

    @Test
    void givenTheSecretInAFile_whenFetching_thenItIsShown(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path file = dir.resolve("internal.secret");
        java.nio.file.Files.writeString(file, TestKeyService.SECRET + "\n");
        ContentKeys fromFile = new ContentKeys(new KeyServiceClient(service.url(), "", file.toString()),
                Duration.ofMinutes(5), 10);
        ContentItem item = ContentItem.experiment(experiment);
        service.forSealing(item);

        assertThat(fromFile.forOpening(item)).isPresent();
    }

    private List<ContentItem> observations(int n) {
        List<ContentItem> items = new ArrayList<>();
        IntStream.range(0, n).forEach(i -> items.add(ContentItem.observation(experiment, UUID.randomUUID())));
        return items;
    }
}
