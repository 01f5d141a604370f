package org.learningledger.query.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.web.ErrorResponseException;

class FeedsPerReaderTest {

    private final FeedsPerReader feeds = new FeedsPerReader(2);

    @Test
    void givenTheCapReached_whenAnotherFeedOpens_then429WithRetryAfter_andOthersAreNotAffected() {
        feeds.take("pavla");
        feeds.take("pavla");

        assertThatThrownBy(() -> feeds.take("pavla")).isInstanceOfSatisfying(ErrorResponseException.class, e -> {
            assertThat(e.getStatusCode().value()).isEqualTo(429);
            assertThat(e.getHeaders().getFirst("Retry-After")).isEqualTo("10");
        });
        feeds.take("ondrej");
        assertThat(feeds.openOf("pavla")).isEqualTo(2);
    }

    @Test
    void givenAFeedClosedTwice_thenItsPlaceIsFreedOnce() {
        List<Runnable> releases = new ArrayList<>(List.of(feeds.take("pavla"), feeds.take("pavla")));

        releases.get(0).run();
        releases.get(0).run();

        assertThat(feeds.openOf("pavla")).isEqualTo(1);
        feeds.take("pavla");
        assertThatThrownBy(() -> feeds.take("pavla")).isInstanceOf(ErrorResponseException.class);
    }
}
