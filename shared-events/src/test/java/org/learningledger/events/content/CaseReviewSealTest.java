package org.learningledger.events.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javax.crypto.SecretKey;
import org.junit.jupiter.api.Test;
import org.learningledger.events.LedgerJson;
import org.learningledger.events.casereview.CaseReviewPublished;
import org.learningledger.events.casereview.CaseReviewSnapshot;
import org.learningledger.events.casereview.ContributoryFactor;
import org.learningledger.events.challenge.ChallengeRaised;
import org.learningledger.events.learning.Tier;
import tools.jackson.databind.JsonNode;

/** Every text of a case review's snapshot, addenda included, and of a challenge is sealed under its own item. */
class CaseReviewSealTest {

    private final Map<ContentItem, SecretKey> keys = new HashMap<>();
    private final SealingKeys sealing = item -> keys.computeIfAbsent(item, i -> Aead.newKey());
    private final OpeningKeys opening = item -> Optional.ofNullable(keys.get(item));

    @Test
    void givenAPublishedSnapshot_whenSealed_thenTitleFindingsIssuesAndAddendaAreCiphertext() {
        UUID review = UUID.randomUUID();
        CaseReviewSnapshot snapshot = new CaseReviewSnapshot("title words",
                List.of(new CaseReviewSnapshot.Finding(UUID.randomUUID(), "finding words",
                        Set.of(ContributoryFactor.TASK), true,
                        List.of(new CaseReviewSnapshot.Addendum(UUID.randomUUID(), "addendum words")))),
                List.of(new CaseReviewSnapshot.Issue(UUID.randomUUID(), "question words", List.of())));
        CaseReviewPublished event = new CaseReviewPublished(review, UUID.randomUUID(), 1, Tier.REGION, snapshot, "milan");
        JsonNode plain = LedgerJson.mapper().valueToTree(event);

        JsonNode sealed = ContentSeal.seal(event, plain, sealing);

        assertThat(sealed.toString()).doesNotContain("words").contains("\"TASK\"").contains("milan");
        assertThat(ContentSeal.items(sealed)).containsExactly(ContentItem.caseReview(review));
        assertThat(ContentSeal.open(sealed, opening)).isEqualTo(plain);
    }

    @Test
    void givenAChallenge_whenSealed_thenItsTextsAreCiphertextUnderTheChallenge() {
        UUID challenge = UUID.randomUUID();
        ChallengeRaised event = new ChallengeRaised(challenge, UUID.randomUUID(), null, "petr", Tier.NATION,
                "target words", "effect words", List.of());

        JsonNode sealed = ContentSeal.seal(event, LedgerJson.mapper().valueToTree(event), sealing);

        assertThat(sealed.toString()).doesNotContain("words");
        assertThat(ContentSeal.items(sealed)).containsExactly(ContentItem.challenge(challenge));
    }
}
