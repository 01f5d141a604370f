package org.learningledger.events.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ContentItemShapeTest {

    /** The shape as a pattern: what the hand-written check must accept, and nothing more. */
    private static final Pattern SHAPE = Pattern.compile(
            "(experiment/[0-9a-f-]{36}(/observation/[0-9a-f-]{36})?"
                    + "|learning/[0-9a-f-]{36}/(revision/\\d{1,9}|version/\\d{1,9}|withdrawal|endorsement/[^\\s/]{1,200})"
                    + "|report/[0-9a-f-]{36}|lesson/[0-9a-f-]{36}"
                    + "|case-review/[0-9a-f-]{36}|challenge/[0-9a-f-]{36})");

    private static final String ALPHABET = "0123456789abcdef-/ABCxyz_. \t\n\u000B\f\r\u00e9\u0661\u00a0";

    @Test
    void givenEveryKindOfItemAndManyNearMisses_whenChecked_thenTheCheckAgreesWithThePattern() {
        Random random = new Random(17);
        for (int i = 0; i < 200_000; i++) {
            String key = mutate(random, valid(random), random.nextInt(4));
            assertThat(ContentItem.isKey(key)).as(key).isEqualTo(SHAPE.matcher(key).matches());
        }
    }

    @Test
    void givenTheItemsOfEachKind_whenBuilt_thenTheyAreAccepted() {
        UUID id = UUID.randomUUID();
        List<ContentItem> items = List.of(ContentItem.experiment(id), ContentItem.observation(id, id),
                ContentItem.revision(id, 123_456_789), ContentItem.version(id, 1), ContentItem.withdrawal(id),
                ContentItem.endorsement(id, "steward-\uD83D\uDE00".repeat(20)), ContentItem.report(id),
                ContentItem.lesson(id), ContentItem.caseReview(id), ContentItem.challenge(id));
        items.forEach(item -> assertThat(SHAPE.matcher(item.key()).matches()).as(item.key()).isTrue());
    }

    @Test
    void givenAStewardOfMoreThan200CodePointsOrNone_whenBuilt_thenRefused() {
        UUID id = UUID.randomUUID();
        assertThatThrownBy(() -> ContentItem.endorsement(id, "x".repeat(201))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ContentItem.endorsement(id, "")).isInstanceOf(IllegalArgumentException.class);
        assertThat(ContentItem.isKey(null)).isFalse();
    }

    private static String valid(Random random) {
        String id = UUID.randomUUID().toString();
        return switch (random.nextInt(10)) {
            case 0 -> "experiment/" + id;
            case 1 -> "experiment/" + id + "/observation/" + UUID.randomUUID();
            case 2 -> "learning/" + id + "/revision/" + random.nextInt(Integer.MAX_VALUE);
            case 3 -> "learning/" + id + "/version/" + random.nextInt(20);
            case 4 -> "learning/" + id + "/withdrawal";
            case 5 -> "learning/" + id + "/endorsement/" + steward(random);
            case 6 -> "report/" + id;
            case 7 -> "lesson/" + id;
            case 8 -> "case-review/" + id;
            default -> "challenge/" + id;
        };
    }

    private static String steward(Random random) {
        int length = random.nextBoolean() ? 195 + random.nextInt(10) : 1 + random.nextInt(30);
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < length; i++) {
            s.append(random.nextInt(8) == 0 ? "\uD83D\uDE00" : "s");
        }
        return s.toString();
    }

    /** Some random replacements, insertions, deletions or a cut. */
    private static String mutate(Random random, String key, int times) {
        StringBuilder s = new StringBuilder(key);
        for (int t = 0; t < times && s.length() > 0; t++) {
            int at = random.nextInt(s.length());
            char c = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
            switch (random.nextInt(4)) {
                case 0 -> s.setCharAt(at, c);
                case 1 -> s.insert(at, c);
                case 2 -> s.deleteCharAt(at);
                default -> s.setLength(at);
            }
        }
        return s.toString();
    }
}
