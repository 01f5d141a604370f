package org.learningledger.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Principle 5 as a check over any JSON answer: no key is a team id (a map keyed by team), no field is
 * named like a rank or score, and an object naming a team (teamId) carries no number except the
 * version of the learning it is the provenance of.
 */
final class NoLeagueTables {

    private static final List<String> ALLOWED_BESIDE_TEAM = List.of("version", "daysToFirstValidation"); // both describe the learning

    private NoLeagueTables() {
    }

    static void assertNone(JsonNode node, List<String> teamIds) {
        if (node.isArray()) {
            node.forEach(child -> assertNone(child, teamIds));
            return;
        }
        if (!node.isObject()) {
            return;
        }
        boolean namesTeam = node.has("teamId");
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            String key = field.getKey();
            assertThat(teamIds).as("a key that is a team id in %s", node).doesNotContain(key);
            assertThat(key.toLowerCase(Locale.ROOT)).as("a ranking field in %s", node)
                    .doesNotContain("rank", "score", "leader");
            if (namesTeam && field.getValue().isNumber()) {
                assertThat(ALLOWED_BESIDE_TEAM).as("number '%s' beside a team in %s", key, node).contains(key);
            }
            assertNone(field.getValue(), teamIds);
        }
    }
}
