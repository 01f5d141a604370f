package org.learningledger.infra.e2e;

import java.util.UUID;

/**
 * One team's private work with a marker in every kind of private field, written through the command API as its
 * members and a steward would: an experiment (question, prediction, plan, measures) with an observation and a
 * conclusion; an abandoned experiment and its reason; a learning's draft (title, summary, practice, context) and a
 * revision, published to the nation with the first experiment as evidence (its question and conclusion go into the
 * snapshot), endorsed by a steward and withdrawn. The endorsement note and the withdrawal reason carry
 * {@code note}, a second marker, erased like the first (see {@link CanaryIT}).
 */
final class CanaryContent {

    final UUID region = UUID.randomUUID();
    final UUID team = UUID.randomUUID();
    final UUID concluded = UUID.randomUUID();
    final UUID observation = UUID.randomUUID();
    final UUID abandoned = UUID.randomUUID();
    final UUID learning = UUID.randomUUID();
    /** Whether the guard let the steward's note with the marker through (it may refuse an odd word). */
    boolean endorsed;

    void write(CanaryApi admin, CanaryApi member, CanaryApi steward, String marker, String note) {
        admin.post("/api/regions", "{\"regionId\":\"%s\",\"name\":\"Canary region\"}".formatted(region)).require(201);
        admin.post("/api/teams", "{\"teamId\":\"%s\",\"regionId\":\"%s\",\"name\":\"Canary team\",\"focus\":\"parental-conflict\"}"
                .formatted(team, region)).require(201);
        admin.post("/api/teams/" + team + "/members", "{\"userId\":\"jana\"}").require(201);
        admin.post("/api/regions/" + region + "/stewards", "{\"userId\":\"pavla\"}").require(201);

        propose(member, concluded, marker);
        member.post("/api/experiments/" + concluded + "/start", null).require(200);
        member.post("/api/experiments/" + concluded + "/observations", """
                {"observationId":"%s","kind":"CHILD_VOICE","text":"The child said %s"}""".formatted(observation, marker))
                .require(201);
        member.post("/api/experiments/" + concluded + "/conclusion", """
                {"decision":"ADAPT","summary":"Conclusion %s"}""".formatted(marker)).require(200);

        propose(member, abandoned, marker);
        member.post("/api/experiments/" + abandoned + "/start", null).require(200);
        member.post("/api/experiments/" + abandoned + "/abandonment", "{\"reason\":\"Abandoned because %s\"}".formatted(marker))
                .require(200);

        member.post("/api/teams/" + team + "/learnings", draft(learning, "Draft", marker)).require(201);
        member.put("/api/learnings/" + learning, draft(null, "Revision", marker)).require(200);
        member.post("/api/learnings/" + learning + "/publications", "{\"tier\":\"NATION\"}").require(201);
        CanaryApi.Answer endorsement = steward.post("/api/learnings/" + learning + "/endorsements",
                "{\"note\":\"Endorsed with the note %s\"}".formatted(note));
        if (endorsement.status() != 422) {
            endorsement.require(201);
            endorsed = true;
        }
        member.post("/api/learnings/" + learning + "/withdrawal", "{\"reason\":\"Withdrawn because %s\"}".formatted(note))
                .require(200);
    }

    private void propose(CanaryApi member, UUID experiment, String marker) {
        member.post("/api/teams/" + team + "/experiments", """
                {"experimentId":"%s","question":"Question %s","prediction":"Prediction %s","plan":"Plan %s",
                 "measures":"Measures %s"}""".formatted(experiment, marker, marker, marker, marker)).require(201);
    }

    private String draft(UUID id, String which, String marker) {
        String idField = id == null ? "" : "\"learningId\":\"" + id + "\",";
        return "{" + idField + "\"title\":\"" + which + " title " + marker + "\",\"summary\":\"" + which + " summary " + marker
                + "\",\"practice\":\"" + which + " practice " + marker + "\",\"context\":\"" + which + " context " + marker
                + "\",\"evidence\":[\"" + concluded + "\"]}";
    }

    /** A unique text without digits (a digit run can look like a phone number to the guard). */
    static String marker(String prefix) {
        StringBuilder text = new StringBuilder(prefix);
        UUID.randomUUID().toString().chars().forEach(c -> text.append(Character.isDigit(c) ? (char) ('g' + c - '0') : (char) c));
        return text.toString();
    }
}
