package org.learningledger.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.learningledger.query.Api.json;
import static org.learningledger.query.Api.withoutInstance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.learningledger.events.DomainEvent;
import org.learningledger.events.casereview.AddendumRecorded;
import org.learningledger.events.casereview.CaseReviewErased;
import org.learningledger.events.casereview.CaseReviewPublicationProposed;
import org.learningledger.events.casereview.CaseReviewPublished;
import org.learningledger.events.casereview.CaseReviewSnapshot;
import org.learningledger.events.casereview.CaseReviewWithdrawn;
import org.learningledger.events.casereview.FindingCitedLearning;
import org.learningledger.events.challenge.ChallengeAnswer;
import org.learningledger.events.challenge.ChallengeAnswered;
import org.learningledger.events.challenge.ChallengeErased;
import org.learningledger.events.challenge.ChallengeOutcomeReviewed;
import org.learningledger.events.challenge.ChallengeRaised;
import org.learningledger.events.content.ContentItem;
import org.learningledger.events.content.Erasure;
import org.learningledger.events.content.ErasureReason;
import org.learningledger.events.experiment.ExperimentProposed;
import org.learningledger.events.experiment.ExperimentStarted;
import org.learningledger.events.learning.Tier;
import org.learningledger.events.organisation.ReviewerAppointed;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Case reviews and challenges through the real intake, sealed as the command side seals them: the workspace
 * is its current participants' and the region's reviewers', the published snapshot (findings and issues only)
 * its tier's until withdrawn; challenges go to their tier with their answer and the 30-day flag; the feed
 * carries both; erasure blanks every text and keeps the facts.
 */
@QueryServiceTest
class CaseReviewsIT {

    @Autowired
    Infrastructure infra;
    @Autowired
    JdbcClient jdbc;
    @LocalServerPort
    int port;

    private final CaseReviewFixture fixture = new CaseReviewFixture();
    private final TwoRegions org = fixture.org;
    private final String rita = fixture.rita;
    private final String rosa = fixture.rosa;
    private final String ron = fixture.ron;
    private final UUID review = fixture.review;
    private final UUID episode = fixture.episode;
    private final UUID finding = fixture.finding;
    private final UUID issue = fixture.issue;
    private final UUID addendum = fixture.addendum;
    private final UUID experiment = fixture.experiment;
    private Api api;

    private CaseReviewSnapshot snapshot(String marker) {
        return fixture.snapshot(marker);
    }

    private List<ProducerRecord<String, byte[]>> openedReview(String marker) {
        return fixture.openedReview(marker, this::sealed);
    }

    @Test
    void givenAReview_whenReadBeforeAndAfterPublicationAndWithdrawal_thenWorkspaceForParticipantsSnapshotForItsTier() {
        send(openedReview("m"));
        String unknown = withoutInstance(api().get("/api/case-reviews/" + UUID.randomUUID(), token(rita)).getBody());

        for (String reader : List.of(org.alice, org.carla, rita, rosa)) {
            JsonNode workspace = json(api.get("/api/case-reviews/" + review, token(reader)));
            assertThat(workspace.get("view").asString()).as(reader).isEqualTo("workspace");
            assertThat(workspace.get("chronology").get(0).get("whyItMadeSense").asString())
                    .isEqualTo("The duty list was full m");
            assertThat(workspace.get("findings").get(0).get("factors").toString())
                    .isEqualTo("[\"TASK\",\"ORGANISATION\"]");
            assertThat(workspace.get("findings").get(0).get("addenda").get(0).get("text").asString())
                    .isEqualTo("Two handovers m");
            assertThat(workspace.get("findings").get(0).get("experimentsLinked").asInt()).isEqualTo(1);
            assertThat(workspace.get("participants").findValuesAsString("userId"))
                    .containsExactlyInAnyOrder(rita, org.alice, org.carla);
            assertThat(workspace.toString()).doesNotContain(org.teamA.toString());
        }
        assertThat(json(api.get("/api/regions/" + org.north + "/case-reviews", token(org.alice)))
                .findValuesAsString("id")).containsExactly(review.toString());
        for (String stranger : List.of(org.bob, org.sven, org.ann, ron, "root-" + org.suffix)) {
            ResponseEntity<String> refused = api.get("/api/case-reviews/" + review, TestTokens.token(stranger, "admin"));
            assertThat(refused.getStatusCode().value()).as(stranger).isEqualTo(404);
            assertThat(withoutInstance(refused.getBody())).as(stranger).isEqualTo(unknown);
            assertThat(api.get("/api/regions/" + org.north + "/case-reviews", token(stranger)).getBody()).as(stranger)
                    .doesNotContain(review.toString());
        }

        send(List.of(sealed(review, new CaseReviewPublicationProposed(review, org.north, 1, Tier.REGION, snapshot("m"),
                rita))));
        assertThat(api.get("/api/case-reviews/" + review, token(org.sven)).getStatusCode().value())
                .as("proposed is not published").isEqualTo(404);
        send(List.of(sealed(review, new CaseReviewPublished(review, org.north, 1, Tier.REGION, snapshot("m"), rosa))));

        for (String reader : List.of(org.sven, org.bob)) {
            ResponseEntity<String> read = api.get("/api/case-reviews/" + review, token(reader));
            JsonNode published = json(read);
            assertThat(published.get("view").asString()).as(reader).isEqualTo("snapshot");
            assertThat(published.get("tier").asString()).isEqualTo("REGION");
            assertThat(published.get("findings").get(0).get("text").asString()).isEqualTo("Handover lacked a checklist m");
            assertThat(published.get("findings").get(0).get("addenda").get(0).asString()).isEqualTo("Two handovers m");
            assertThat(published.get("issues").get(0).get("question").asString()).isEqualTo("How do we staff nights? m");
            assertThat(read.getBody()).doesNotContain("chronology", "participants", "The visit was postponed", rita,
                    rosa, org.alice, org.carla);
        }
        assertThat(json(api.get("/api/case-reviews/" + review, token(org.carla))).get("view").asString())
                .as("a participant from another region keeps the workspace").isEqualTo("workspace");
        for (String other : List.of(org.ann, ron, org.sara)) {
            assertThat(withoutInstance(api.get("/api/case-reviews/" + review, token(other)).getBody())).as(other)
                    .isEqualTo(unknown);
        }

        send(List.of(sealed(review, new CaseReviewWithdrawn(review, org.north, rosa, "Identifiable"))));
        for (String reader : List.of(org.sven, org.bob)) {
            assertThat(withoutInstance(api.get("/api/case-reviews/" + review, token(reader)).getBody())).as(reader)
                    .isEqualTo(unknown);
        }
        JsonNode kept = json(api.get("/api/case-reviews/" + review, token(org.alice)));
        assertThat(kept.get("withdrawnAt").asString()).isNotBlank();
        assertThat(kept.get("versions").get(0).get("publishedAt").asString()).isNotBlank();

        send(List.of(sealed(review, new CaseReviewPublicationProposed(review, org.north, 2, Tier.REGION, snapshot("m2"),
                        rita)),
                sealed(review, new CaseReviewPublished(review, org.north, 2, Tier.REGION, snapshot("m2"), rosa))));
        JsonNode again = json(api.get("/api/case-reviews/" + review, token(org.sven)));
        assertThat(again.get("version").asInt()).as("published again after withdrawal").isEqualTo(2);
        assertThat(again.get("title").asString()).isEqualTo("Night visit m2");
    }

    @Test
    void givenChallengesAtTheirTiers_whenRead_thenTheirTiersReadersSeeThemWithAnswerAndTheUnansweredFlag() {
        UUID regional = UUID.randomUUID();
        UUID national = UUID.randomUUID();
        UUID learning = UUID.randomUUID();
        List<ProducerRecord<String, byte[]>> events = new ArrayList<>(org.organisation());
        events.add(org.event(org.north, new ReviewerAppointed(org.north, rita)));
        events.add(sealed(learning, LearningEvents.drafted(learning, org.teamA, "Longer assessments")));
        events.add(sealed(learning, LearningEvents.published(learning, org.teamA, org.north, 1, Tier.REGION,
                "Longer assessments")));
        events.add(sealed(regional, new ChallengeRaised(regional, org.north, org.teamA, org.alice, Tier.REGION,
                "The 30-day assessment target", "We close cases early", List.of(learning, experiment))));
        events.add(sealed(national, new ChallengeRaised(national, org.north, null, org.sven, Tier.NATION,
                "Visits counted, not their quality", "Short visits", List.of())));
        events.add(sealed(national, new ChallengeAnswered(national, org.north, ChallengeAnswer.UNDER_REVIEW,
                "We look at it", LocalDate.of(2026, 6, 1), org.sven)));
        events.add(sealed(national, new ChallengeAnswered(national, org.north, ChallengeAnswer.REVISED,
                "Quality is measured now", LocalDate.of(2026, 9, 1), org.sven)));
        events.add(sealed(national, new ChallengeOutcomeReviewed(national, org.north, "Visits are longer", org.sven)));
        send(events);

        // Test events occur in March 2026 (Envelopes.T0): long past 30 days by any clock running these tests.
        JsonNode open = json(api().get("/api/challenges/" + regional, token(org.bob)));
        assertThat(open.get("target").asString()).isEqualTo("The 30-day assessment target");
        assertThat(open.get("teamId").asString()).isEqualTo(org.teamA.toString());
        assertThat(open.get("answer").isNull()).isTrue();
        assertThat(open.get("daysUnanswered").asInt()).isGreaterThanOrEqualTo(30);
        assertThat(open.get("unansweredOver30Days").asBoolean()).isTrue();
        assertThat(open.toString()).doesNotContain(org.alice);
        JsonNode answered = json(api.get("/api/challenges/" + national, token(org.ann)));
        assertThat(answered.get("answer").get("answer").asString()).isEqualTo("REVISED");
        assertThat(answered.get("answer").get("rationale").asString()).isEqualTo("Quality is measured now");
        assertThat(answered.get("answer").get("outcomeReviewOn").asString()).isEqualTo("2026-09-01");
        assertThat(answered.get("outcomeReview").get("outcome").asString()).isEqualTo("Visits are longer");
        assertThat(answered.get("daysUnanswered").isNull()).isTrue();
        assertThat(answered.get("unansweredOver30Days").asBoolean()).isFalse();

        for (String reader : List.of(org.alice, org.bob, org.sven, rita)) {
            assertThat(json(api.get("/api/challenges", token(reader))).findValuesAsString("id")).as(reader)
                    .contains(regional.toString(), national.toString());
        }
        for (String reader : List.of(org.carla, org.sara, org.ann)) {
            assertThat(json(api.get("/api/challenges", token(reader))).findValuesAsString("id")).as(reader)
                    .contains(national.toString()).doesNotContain(regional.toString());
            assertThat(api.get("/api/challenges/" + regional, token(reader)).getStatusCode().value()).isEqualTo(404);
        }
        JsonNode cited = json(api.get("/api/learnings/" + learning + "/timeline", token(org.bob))).get("entries");
        JsonNode challengedBy = item(cited, "kind", "challengedBy");
        assertThat(challengedBy.get("challengeId").asString()).isEqualTo(regional.toString());
        assertThat(challengedBy.get("title").asString()).isEqualTo("The 30-day assessment target");
        assertThat(cited.toString()).doesNotContain(org.alice);
        assertThat(api.get("/api/challenges/" + national, TestTokens.token("root-" + org.suffix, "admin"))
                .getStatusCode().value()).as("an admin is a stranger").isEqualTo(404);

        List<JsonNode> lines = exportLines(org.ann, national);
        assertThat(lines).extracting(l -> l.get("kind").asString()).containsExactly("challenge", "challenge-answered",
                "challenge-answered", "challenge-outcome-reviewed");
        assertThat(lines).allSatisfy(l -> {
            assertThat(l.get("challenge_id").asString()).isEqualTo(national.toString());
            assertThat(l.get("tier").asString()).isEqualTo("NATION");
            assertThat(l.toString()).doesNotContain(org.sven);
        });
        assertThat(lines.get(2).get("result").asString()).isEqualTo("REVISED");
        assertThat(lines.get(2).get("note").asString()).isEqualTo("Quality is measured now");
        assertThat(lines.get(2).get("content").get("outcomeReviewOn").asString()).isEqualTo("2026-09-01");
        assertThat(lines.get(3).get("note").asString()).isEqualTo("Visits are longer");
        assertThat(exportLines(org.carla, regional)).as("a region's challenge stays in its region").isEmpty();
    }

    @Test
    void givenAPublishedReviewAndAnAnsweredChallenge_whenErased_thenNoRowHoldsTheirTextsAndTheFactsStay() {
        String marker = "ERASE" + UUID.randomUUID().toString().substring(0, 8);
        UUID challenge = UUID.randomUUID();
        List<ProducerRecord<String, byte[]>> events = openedReview(marker);
        events.add(sealed(review, new CaseReviewPublicationProposed(review, org.north, 1, Tier.NATION, snapshot(marker),
                rita)));
        events.add(sealed(review, new CaseReviewPublished(review, org.north, 1, Tier.NATION, snapshot(marker), rosa)));
        events.add(sealed(challenge, new ChallengeRaised(challenge, org.north, org.teamA, org.alice, Tier.NATION,
                "Target " + marker, "Effect " + marker, List.of(finding))));
        events.add(sealed(challenge, new ChallengeAnswered(challenge, org.north, ChallengeAnswer.KEPT,
                "Rationale " + marker, LocalDate.of(2026, 6, 1), org.sven)));
        send(events);
        assertThat(api().get("/api/case-reviews/" + review, token(org.ann)).getBody()).contains(marker);

        Instant at = Instant.now();
        infra.keys.erase(ContentItem.caseReview(review), at);
        infra.keys.erase(ContentItem.challenge(challenge), at);
        send(List.of(org.event(review, new CaseReviewErased(review, org.north, List.of(episode, finding, issue,
                        addendum), new Erasure("root", Erasure.ErasedBy.ADMINISTRATOR,
                        ErasureReason.DATA_SUBJECT_REQUEST, "DSR-16"))),
                org.event(challenge, new ChallengeErased(challenge, org.north, new Erasure(org.alice,
                        Erasure.ErasedBy.TEAM, ErasureReason.IDENTIFYING_DETAILS, null)))));

        assertThat(new ReadModelDatabase(jdbc).tablesHolding(List.of(marker))).as("rows holding the texts").isEmpty();
        JsonNode published = json(api.get("/api/case-reviews/" + review, token(org.ann)));
        assertThat(published.get("erasedAt").asString()).isNotBlank();
        assertThat(published.get("title").isNull()).isTrue();
        assertThat(published.get("findings").get(0).get("text").isNull()).isTrue();
        assertThat(published.get("findings").get(0).get("factors").size()).isEqualTo(2);
        JsonNode workspace = json(api.get("/api/case-reviews/" + review, token(rita)));
        assertThat(workspace.get("chronology").get(0).get("whatHappened").isNull()).isTrue();
        assertThat(workspace.get("erasedBy").asString()).isEqualTo("ADMINISTRATOR");
        JsonNode landscape = json(api.get("/api/landscape", token(org.ann)));
        JsonNode erasedReview = item(landscape.get("caseReviews"), "caseReviewId", review);
        assertThat(erasedReview.has("title")).isFalse();
        assertThat(erasedReview.get("erasedBy").asString()).isEqualTo("ADMINISTRATOR");
        assertThat(item(landscape.get("challenges"), "challengeId", challenge).get("erasedAt").asString()).isNotBlank();
        JsonNode exported = exportLine(org.ann, review);
        assertThat(exported.get("erased_at").asString()).isNotBlank();
        assertThat(exported.get("content").get("findings").get(0).get("text").isNull()).isTrue();
        JsonNode blank = json(api.get("/api/challenges/" + challenge, token(org.ann)));
        assertThat(blank.get("target").isNull()).isTrue();
        assertThat(blank.get("answer").get("answer").asString()).isEqualTo("KEPT");
        assertThat(blank.get("answer").get("rationale").isNull()).isTrue();
        assertThat(blank.get("erasedAt").asString()).isNotBlank();
        assertThat(List.of(published.toString(), workspace.toString(), blank.toString(), landscape.toString()))
                .noneMatch(t -> t.contains(marker));
    }

    @Test
    void givenAPublishedReviewAndAnAnsweredChallenge_whenTheFeedIsRead_thenTheirEntriesReachTheirTierAndWithdrawnKeepsItsPlaceBlank() {
        UUID challenge = UUID.randomUUID();
        send(openedReview("f"));
        long before = jdbc.sql("SELECT coalesce(max(id), 0) FROM feed_entry").query(Long.class).single();
        send(List.of(sealed(review, new CaseReviewPublicationProposed(review, org.north, 1, Tier.REGION, snapshot("f"),
                        rita)),
                sealed(review, new CaseReviewPublished(review, org.north, 1, Tier.REGION, snapshot("f"), rosa)),
                sealed(challenge, new ChallengeRaised(challenge, org.north, org.teamA, org.alice, Tier.REGION,
                        "The 30-day target", "Cases closed early", List.of(finding))),
                sealed(challenge, new ChallengeAnswered(challenge, org.north, ChallengeAnswer.KEPT, "It protects children",
                        LocalDate.of(2026, 6, 1), org.sven))));
        String backlog = "/api/feed?follow=false&lastEventId=" + before;

        List<SseClient.Event> entries = SseClient.parse(api().get(backlog, token(org.sven)).getBody());
        SseClient.Event published = entries.stream().filter(e -> e.name().equals("case-review")).findFirst()
                .orElseThrow();
        JsonNode data = json(published.data());
        assertThat(data.get("caseReviewId").asString()).isEqualTo(review.toString());
        assertThat(data.get("findings").get(0).get("text").asString()).isEqualTo("Handover lacked a checklist f");
        assertThat(data.get("issues").get(0).get("question").asString()).isEqualTo("How do we staff nights? f");
        assertThat(published.data()).doesNotContain("The visit was postponed", rita, rosa, org.alice, org.carla);
        assertThat(entries.stream().filter(e -> e.name().equals("challenge")).map(e -> json(e.data()).get("step")
                .asString())).containsExactly("raised", "answered");
        assertThat(entries.stream().filter(e -> e.name().equals("challenge")).map(SseClient.Event::data))
                .noneMatch(d -> d.contains(org.alice));
        for (String reader : List.of(org.bob, rita)) {
            assertThat(api.get(backlog, token(reader)).getBody()).as(reader).contains(review.toString(),
                    challenge.toString());
        }
        for (String reader : List.of(org.carla, org.ann, ron)) {
            assertThat(String.valueOf(api.get(backlog, token(reader)).getBody())).as(reader)
                    .doesNotContain(review.toString()).doesNotContain(challenge.toString());
        }

        JsonNode landscape = json(api.get("/api/landscape", token(org.bob)));
        assertThat(landscape.get("caseReviews").findValuesAsString("caseReviewId")).contains(review.toString());
        assertThat(landscape.get("challenges").findValuesAsString("challengeId")).contains(challenge.toString());
        assertThat(landscape.get("challenges").findValuesAsString("answer")).contains("KEPT");
        assertThat(landscape.toString()).doesNotContain(org.alice, rita, rosa);
        assertThat(api.get("/api/landscape", token(org.carla)).getBody()).doesNotContain(review.toString(),
                challenge.toString());

        JsonNode line = exportLine(org.bob, review);
        assertThat(line.get("kind").asString()).isEqualTo("case-review");
        assertThat(line.get("content").get("findings").get(0).get("text").asString())
                .isEqualTo("Handover lacked a checklist f");
        assertThat(line.get("experiment_id").isNull()).isTrue();
        assertThat(exportLine(org.bob, challenge).get("kind").asString()).isEqualTo("challenge");
        assertThat(exportLine(org.carla, review)).isNull();
        assertThat(exportLine(org.carla, challenge)).isNull();

        send(List.of(sealed(review, new CaseReviewWithdrawn(review, org.north, rosa, "Identifiable"))));
        assertThat(api.get("/api/landscape", token(org.bob)).getBody()).doesNotContain(review.toString());
        JsonNode fact = exportLine(org.bob, review);
        assertThat(fact.has("content")).as("a withdrawn snapshot's fact only").isFalse();
        assertThat(fact.get("title").isNull()).isTrue();
        SseClient.Event kept = SseClient.parse(api.get(backlog, token(org.sven)).getBody()).stream()
                .filter(e -> e.name().equals("case-review")).findFirst().orElseThrow();
        assertThat(kept.id()).isEqualTo(published.id());
        assertThat(json(kept.data()).get("findings").isNull()).isTrue();
        assertThat(json(kept.data()).get("withdrawnAt").asString()).isNotBlank();
        assertThat(kept.data()).doesNotContain("Handover", "Identifiable");
    }

    /**
     * A finding cites a regional and a national learning; team A's experiment is linked to it, team B's started
     * experiment is based on it. Each reader gets the responding experiments as a number, their own teams' in full,
     * the cited learnings they may see, and the finding on the learnings' timelines while the review is published.
     */
    @Test
    void givenAFindingWithCitesAndResponses_whenRead_thenEachReaderGetsTheirOwnInFullAndOthersAsANumber() {
        UUID regional = UUID.randomUUID();
        UUID national = UUID.randomUUID();
        UUID basedOn = UUID.randomUUID();
        List<ProducerRecord<String, byte[]>> events = openedReview("c");
        events.add(sealed(regional, LearningEvents.drafted(regional, org.teamA, "Checklists at handover")));
        events.add(sealed(regional, LearningEvents.published(regional, org.teamA, org.north, 1, Tier.REGION,
                "Checklists at handover")));
        events.add(sealed(national, LearningEvents.drafted(national, org.teamC, "Night rota")));
        events.add(sealed(national, LearningEvents.published(national, org.teamC, org.south, 1, Tier.NATION,
                "Night rota")));
        events.add(sealed(review, new FindingCitedLearning(review, org.north, finding, regional, rita)));
        events.add(sealed(review, new FindingCitedLearning(review, org.north, finding, national, rita)));
        events.add(org.event(basedOn, new ExperimentProposed(basedOn, org.teamB, "Do checklists help?", "p", "p", "m",
                finding)));
        events.add(org.event(basedOn, new ExperimentStarted(basedOn, org.teamB, null)));
        send(events);

        JsonNode workspace = json(api().get("/api/case-reviews/" + review, token(rita))).get("findings").get(0);
        assertThat(workspace.get("cites").toString()).isEqualTo("[\"" + regional + "\",\"" + national + "\"]");
        assertThat(workspace.get("respondingExperiments").asInt()).isEqualTo(2);
        assertThat(workspace.get("ownExperiments").size()).isZero();
        JsonNode alices = json(api.get("/api/case-reviews/" + review, token(org.alice))).get("findings").get(0);
        assertThat(alices.get("ownExperiments").findValuesAsString("experimentId")).containsExactly(experiment.toString());
        assertThat(alices.get("ownExperiments").get(0).get("linked").asBoolean()).isTrue();
        assertThat(alices.toString()).doesNotContain(basedOn.toString(), org.teamB.toString());
        assertThat(json(api.get("/api/experiments/" + basedOn, token(org.bob))).get("basedOnKind").asString())
                .isEqualTo("finding");
        assertThat(timelineKinds(org.bob, regional)).as("unpublished: no finding yet").doesNotContain("finding");

        send(List.of(sealed(review, new CaseReviewPublicationProposed(review, org.north, 1, Tier.REGION, snapshot("c"),
                        rita)),
                sealed(review, new CaseReviewPublished(review, org.north, 1, Tier.REGION, snapshot("c"), rosa))));
        JsonNode bobs = json(api.get("/api/case-reviews/" + review, token(org.bob))).get("findings").get(0);
        assertThat(bobs.get("learnings").findValuesAsString("learningId"))
                .containsExactly(regional.toString(), national.toString());
        assertThat(bobs.get("learnings").get(0).get("title").asString()).isEqualTo("Checklists at handover");
        assertThat(bobs.get("respondingExperiments").asInt()).isEqualTo(2);
        assertThat(bobs.get("ownExperiments").findValuesAsString("experimentId")).containsExactly(basedOn.toString());
        assertThat(bobs.get("ownExperiments").get(0).get("question").asString()).isEqualTo("Do checklists help?");
        ResponseEntity<String> svens = api.get("/api/case-reviews/" + review, token(org.sven));
        assertThat(json(svens).get("findings").get(0).get("respondingExperiments").asInt()).isEqualTo(2);
        assertThat(svens.getBody()).doesNotContain(org.teamA.toString(), org.teamB.toString(), experiment.toString(),
                basedOn.toString(), "Do checklists help?");

        JsonNode entry = item(json(api.get("/api/learnings/" + regional + "/timeline", token(org.bob))).get("entries"),
                "kind", "finding");
        assertThat(entry.get("caseReviewId").asString()).isEqualTo(review.toString());
        assertThat(entry.get("findingId").asString()).isEqualTo(finding.toString());
        assertThat(entry.get("text").asString()).isEqualTo("Handover lacked a checklist c");
        assertThat(entry.get("tier").asString()).isEqualTo("REGION");
        assertThat(entry.get("publishedAt").asString()).isNotBlank();
        assertThat(entry.toString()).doesNotContain(rita, rosa);
        assertThat(timelineKinds(org.carla, national)).as("a regional review's finding stays in its region")
                .contains("published").doesNotContain("finding");
        assertThat(timelineKinds(org.sven, national)).contains("finding");
        Instant published = Instant.parse(entry.get("publishedAt").asString());
        assertThat(timelineKinds(org.sven, regional, published.minusSeconds(30))).as("as of before the publication")
                .contains("published").doesNotContain("finding");

        send(List.of(sealed(review, new CaseReviewWithdrawn(review, org.north, rosa, "Identifiable"))));
        assertThat(timelineKinds(org.bob, regional)).as("withdrawn").contains("published").doesNotContain("finding");
    }

    @Test
    void givenAnAddendumToNoItemOfTheReview_whenApplied_thenTheReviewStopsAndNobodySeesIt() {
        List<ProducerRecord<String, byte[]>> events = openedReview("x");
        events.add(sealed(review, new AddendumRecorded(review, org.north, UUID.randomUUID(), UUID.randomUUID(),
                "Refers to nothing", rita)));
        send(events);

        assertThat(jdbc.sql("SELECT count(*) FROM stopped_aggregate WHERE aggregate_id = :a").param("a", review)
                .query(Long.class).single()).isEqualTo(1);
        assertThat(api().get("/api/case-reviews/" + review, token(rita)).getStatusCode().value()).isEqualTo(404);
    }

    /** The NDJSON export's line about {@code id} for that reader, or null. */
    private JsonNode exportLine(String reader, UUID id) {
        String body = api.get("/api/history/events", token(reader), java.util.Map.of("Accept", "application/x-ndjson"))
                .getBody();
        return body.lines().filter(l -> l.contains(id.toString())).findFirst().map(Api::json).orElse(null);
    }

    /** Every NDJSON export line about {@code id} for that reader, in order. */
    private List<JsonNode> exportLines(String reader, UUID id) {
        String body = api.get("/api/history/events", token(reader), java.util.Map.of("Accept", "application/x-ndjson"))
                .getBody();
        return body.lines().filter(l -> l.contains(id.toString())).map(Api::json).toList();
    }

    /** The kinds of a learning's timeline entries for the reader; empty when the timeline is not theirs. */
    private List<String> timelineKinds(String reader, UUID learning) {
        return timelineKinds(reader, learning, null);
    }

    private List<String> timelineKinds(String reader, UUID learning, Instant asOf) {
        ResponseEntity<String> timeline = api.get("/api/learnings/" + learning + "/timeline"
                + (asOf == null ? "" : "?asOf=" + asOf), token(reader));
        return timeline.getStatusCode().value() == 404 ? List.of()
                : json(timeline).get("entries").findValuesAsString("kind");
    }

    private static JsonNode item(JsonNode items, String field, Object value) {
        for (JsonNode item : items) {
            if (item.path(field).asString().equals(value.toString())) {
                return item;
            }
        }
        throw new AssertionError(value + " not in " + items);
    }

    private Api api() {
        api = new Api(port);
        return api;
    }

    private static String token(String user) {
        return TestTokens.token(user);
    }

    private ProducerRecord<String, byte[]> sealed(UUID aggregate, DomainEvent event) {
        return org.timeline.sealed(aggregate, event, infra.keys);
    }

    private void send(List<ProducerRecord<String, byte[]>> events) {
        new ReadModelDatabase(jdbc).awaitConsumed(infra.topic.sendAll(events));
    }
}
