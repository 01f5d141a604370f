package org.learningledger.query.keys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.learningledger.events.casereview.CaseReviewErased;
import org.learningledger.events.challenge.ChallengeErased;
import org.learningledger.events.content.ContentItem;
import org.learningledger.events.content.Erasure;
import org.learningledger.events.content.ErasureReason;

/** An erased case review or challenge drops its one key from the cache at once. */
class CaseReviewErasedItemsTest {

    private static final Erasure ERASURE = new Erasure("admin", Erasure.ErasedBy.ADMINISTRATOR,
            ErasureReason.DATA_SUBJECT_REQUEST, "DSR-1");

    @Test
    void givenACaseReviewOrChallengeErased_whenRead_thenItsItemIsErased() {
        UUID review = UUID.randomUUID();
        UUID challenge = UUID.randomUUID();
        assertThat(ErasedItems.of(new CaseReviewErased(review, UUID.randomUUID(), List.of(UUID.randomUUID()), ERASURE)))
                .containsExactly(ContentItem.caseReview(review));
        assertThat(ErasedItems.of(new ChallengeErased(challenge, UUID.randomUUID(), ERASURE)))
                .containsExactly(ContentItem.challenge(challenge));
    }
}
