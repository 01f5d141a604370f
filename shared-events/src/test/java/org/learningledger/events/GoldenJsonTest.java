package org.learningledger.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.learningledger.events.experiment.Decision;
import org.learningledger.events.experiment.ExperimentAbandoned;
import org.learningledger.events.content.Erasure;
import org.learningledger.events.content.ErasureReason;
import org.learningledger.events.experiment.ExperimentConcluded;
import org.learningledger.events.experiment.ExperimentErased;
import org.learningledger.events.experiment.ExperimentProposed;
import org.learningledger.events.experiment.ExperimentRevised;
import org.learningledger.events.experiment.ObservationCorrected;
import org.learningledger.events.experiment.ExperimentStarted;
import org.learningledger.events.experiment.Better;
import org.learningledger.events.experiment.MeasureDefined;
import org.learningledger.events.experiment.MeasurePointCorrected;
import org.learningledger.events.experiment.MeasurePointRecorded;
import org.learningledger.events.experiment.MeasureRephased;
import org.learningledger.events.experiment.MeasureRole;
import org.learningledger.events.experiment.ObservationKind;
import org.learningledger.events.experiment.ObservationErased;
import org.learningledger.events.experiment.ObservationRecorded;
import org.learningledger.events.learning.Evidence;
import org.learningledger.events.learning.LearningDrafted;
import org.learningledger.events.learning.LearningEndorsed;
import org.learningledger.events.learning.LearningNoteErased;
import org.learningledger.events.learning.NoteKind;
import org.learningledger.events.learning.LearningPublished;
import org.learningledger.events.learning.MeasureEvidence;
import org.learningledger.events.learning.LearningRevised;
import org.learningledger.events.learning.LearningRevisionErased;
import org.learningledger.events.learning.LearningWithdrawn;
import org.learningledger.events.learning.Snapshot;
import org.learningledger.events.learning.TeamInvitedToPublish;
import org.learningledger.events.learning.Tier;
import org.learningledger.events.learning.ValidationResult;
import org.learningledger.events.organisation.AnalystAppointed;
import org.learningledger.events.organisation.AnalystRemoved;
import org.learningledger.events.organisation.MemberAdded;
import org.learningledger.events.organisation.MemberRemoved;
import org.learningledger.events.organisation.RegionRegistered;
import org.learningledger.events.organisation.StewardAppointed;
import org.learningledger.events.organisation.StewardRemoved;
import org.learningledger.events.organisation.ReviewerAppointed;
import org.learningledger.events.organisation.ReviewerRemoved;
import org.learningledger.events.organisation.TeamRegistered;
import org.learningledger.events.lesson.LessonApproved;
import org.learningledger.events.lesson.LessonDrafted;
import org.learningledger.events.lesson.LessonErased;
import org.learningledger.events.report.ReportAdded;
import org.learningledger.events.report.ReportErased;
import org.learningledger.events.report.ReportKind;
import org.learningledger.events.report.ReportReplied;
import org.learningledger.events.report.ReportState;
import org.learningledger.events.report.ReportSubmitted;
import org.learningledger.events.report.ReportTriaged;
import tools.jackson.databind.JsonNode;

/**
 * A stored event never silently changes shape: each contract is written and read against a golden
 * file named {@code <type>.v<revision>.json} of its current revision. A deliberate change needs a new
 * revision, a new golden file and an upcaster ({@link UpcastTest}); old files never change
 * ({@link GoldenFilesAppendOnlyTest}).
 */
class GoldenJsonTest {

    static final UUID EXPERIMENT = UUID.fromString("6a1f0c4e-2b7d-4c1e-9f3a-0d5b8e7c6a21");
    static final UUID TEAM = UUID.fromString("0b9e7d6c-5a4f-4e3d-8c2b-1a0f9e8d7c6b");
    static final UUID LEARNING = UUID.fromString("f1e2d3c4-b5a6-4978-8695-a4b3c2d1e0f9");
    static final UUID OBSERVATION = UUID.fromString("3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f");
    static final UUID PREDECESSOR = UUID.fromString("2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e");

    static final UUID MEASURE = UUID.fromString("5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b");
    static final UUID POINT = UUID.fromString("7a8b9c0d-1e2f-4a3b-9c4d-5e6f7a8b9c0d");

    static final UUID REPORT = UUID.fromString("8b9c0d1e-2f3a-4b4c-8d5e-6f7a8b9c0d1e");
    static final UUID LESSON = UUID.fromString("9c0d1e2f-3a4b-4c5d-9e6f-7a8b9c0d1e2f");

    static final UUID REGION = UUID.fromString("9d8c7b6a-5f4e-4d3c-9b2a-1f0e9d8c7b6a");

    static final Snapshot SNAPSHOT = new Snapshot("Meet each parent alone first",
            "Joint meetings were calmer", "Separate first meetings", "Families in high conflict",
            List.of(new Evidence(EXPERIMENT, "Do separate first meetings help?", "ADAPT", "Calmer, keep them short",
                    List.of(new MeasureEvidence(MEASURE, "Days from referral to first visit", "days", Better.DOWN,
                            MeasureRole.OUTCOME, LocalDate.of(2026, 3, 2), List.of(LocalDate.of(2026, 4, 6)),
                            List.of(new MeasureEvidence.Point(POINT, LocalDate.of(2026, 2, 23), new BigDecimal("12.5"))))))),
            LEARNING, ValidationResult.CONFIRMED_WITH_ADAPTATION);

    static final Map<Class<?>, Object> SAMPLES = Map.ofEntries(
            Map.entry(LearningDrafted.class, new LearningDrafted(LEARNING, TEAM, "Meet each parent alone first",
                    "Joint meetings were calmer", "Separate first meetings", "Families in high conflict",
                    List.of(EXPERIMENT), null, null)),
            Map.entry(LearningRevised.class, new LearningRevised(LEARNING, TEAM, "Meet each parent alone first",
                    "Joint meetings were calmer", "Separate first meetings", "Families in high conflict",
                    List.of(EXPERIMENT), LEARNING, ValidationResult.CONFIRMED, 2)),
            Map.entry(LearningPublished.class, new LearningPublished(LEARNING, TEAM, REGION, 2, Tier.NATION, SNAPSHOT)),
            Map.entry(LearningWithdrawn.class, new LearningWithdrawn(LEARNING, TEAM, REGION, Tier.REGION, "Outdated")),
            Map.entry(LearningEndorsed.class, new LearningEndorsed(LEARNING, TEAM, REGION, Tier.REGION, "pavla",
                    REGION, "Worth trying")),
            Map.entry(TeamInvitedToPublish.class, new TeamInvitedToPublish(LEARNING, TEAM, "pavla", REGION, Tier.NATION)),
            Map.entry(RegionRegistered.class, new RegionRegistered(REGION, "Pardubice")),
            Map.entry(TeamRegistered.class, new TeamRegistered(TEAM, REGION, "Chrudim family team", "parental-conflict")),
            Map.entry(MemberAdded.class, new MemberAdded(TEAM, "jana")),
            Map.entry(MemberRemoved.class, new MemberRemoved(TEAM, "jana")),
            Map.entry(StewardAppointed.class, new StewardAppointed(REGION, "petr")),
            Map.entry(AnalystAppointed.class, new AnalystAppointed(OBSERVATION, "eva")),
            Map.entry(StewardRemoved.class, new StewardRemoved(REGION, "petr")),
            Map.entry(AnalystRemoved.class, new AnalystRemoved(OBSERVATION, "eva")),
            Map.entry(ExperimentProposed.class, new ExperimentProposed(EXPERIMENT, TEAM,
                    "Do joint first visits reduce conflict?", "Fewer escalations within 4 weeks",
                    "Two workers attend every first visit", "Escalations per family", LEARNING, PREDECESSOR)),
            Map.entry(ExperimentStarted.class, new ExperimentStarted(EXPERIMENT, TEAM, LocalDate.of(2026, 3, 2))),
            Map.entry(ObservationRecorded.class, new ObservationRecorded(EXPERIMENT, TEAM, OBSERVATION,
                    ObservationKind.CHILD_VOICE, "I liked that they listened to me first", new BigDecimal("4.5"),
                    LocalDate.of(2026, 3, 14))),
            Map.entry(ExperimentConcluded.class, new ExperimentConcluded(EXPERIMENT, TEAM, Decision.ADAPT,
                    "Works when both parents attend")),
            Map.entry(ExperimentAbandoned.class, new ExperimentAbandoned(EXPERIMENT, TEAM, "Team reorganised")),
            Map.entry(ObservationErased.class, new ObservationErased(EXPERIMENT, TEAM, OBSERVATION,
                    new Erasure("jana", Erasure.ErasedBy.TEAM, ErasureReason.IDENTIFYING_DETAILS, null))),
            Map.entry(MeasureDefined.class, new MeasureDefined(EXPERIMENT, TEAM, MEASURE,
                    "Days from referral to first visit", "days", Better.DOWN, MeasureRole.OUTCOME)),
            Map.entry(MeasurePointRecorded.class, new MeasurePointRecorded(EXPERIMENT, TEAM, MEASURE, POINT,
                    new BigDecimal("12.5"), LocalDate.of(2026, 2, 23), "Two referrals over the weekend")),
            Map.entry(MeasurePointCorrected.class, new MeasurePointCorrected(EXPERIMENT, TEAM, MEASURE, POINT,
                    new BigDecimal("9.5"), LocalDate.of(2026, 2, 23), null, "Counted the weekend twice")),
            Map.entry(MeasureRephased.class, new MeasureRephased(EXPERIMENT, TEAM, MEASURE, LocalDate.of(2026, 4, 6),
                    "Second worker joined the duty rota")),
            Map.entry(ExperimentRevised.class, new ExperimentRevised(EXPERIMENT, TEAM,
                    "Do joint first visits calm parental conflict?", "Fewer escalations within 6 weeks",
                    "Two workers attend every first visit", "Escalations per family")),
            Map.entry(ObservationCorrected.class, new ObservationCorrected(EXPERIMENT, TEAM, OBSERVATION,
                    ObservationKind.CHILD_VOICE, "I liked that they listened to me before my parents",
                    "Wrote down the words more exactly")),
            Map.entry(ReviewerAppointed.class, new ReviewerAppointed(REGION, "radka")),
            Map.entry(ReviewerRemoved.class, new ReviewerRemoved(REGION, "radka")),
            Map.entry(ReportSubmitted.class, new ReportSubmitted(REPORT, REGION, ReportKind.NEAR_MISS,
                    "A referral sat unread over a long weekend", "A colleague checked the shared inbox",
                    "A duty rota for the inbox", "pbkdf2-sha256$210000$Y2FuYXJ5")),
            Map.entry(ReportAdded.class, new ReportAdded(REPORT, REGION, OBSERVATION, "It happened twice this year")),
            Map.entry(ReportReplied.class, new ReportReplied(REPORT, REGION, MEASURE, "radka",
                    "Thank you; we are looking at the rota")),
            Map.entry(ReportTriaged.class, new ReportTriaged(REPORT, REGION, ReportState.UNDER_REVIEW, "radka",
                    "Two regions have the same gap")),
            Map.entry(LessonDrafted.class, new LessonDrafted(LESSON, REPORT, REGION, "radka",
                    "Shared inboxes need an owner", "Referrals waited over weekends", "A named owner each day",
                    Tier.NATION)),
            Map.entry(LessonApproved.class, new LessonApproved(LESSON, REPORT, REGION, "milan", Tier.NATION,
                    "Shared inboxes need an owner", "Referrals waited over weekends", "A named owner each day")),
            Map.entry(ReportErased.class, new ReportErased(REPORT, REGION, List.of(OBSERVATION), List.of(MEASURE),
                    new Erasure("radka", Erasure.ErasedBy.REVIEWER, ErasureReason.IDENTIFYING_DETAILS, null))),
            Map.entry(LessonErased.class, new LessonErased(LESSON, REPORT, REGION,
                    new Erasure("admin", Erasure.ErasedBy.ADMINISTRATOR, ErasureReason.DATA_SUBJECT_REQUEST,
                            "DSR-2026/115"))),
            Map.entry(ExperimentErased.class, new ExperimentErased(EXPERIMENT, TEAM, List.of(OBSERVATION),
                    new Erasure("admin", Erasure.ErasedBy.ADMINISTRATOR, ErasureReason.DATA_SUBJECT_REQUEST,
                            "DSR-2026/114"))),
            Map.entry(LearningRevisionErased.class, new LearningRevisionErased(LEARNING, TEAM, 2, List.of(1, 2),
                    REGION, Tier.NATION, new Erasure("jana", Erasure.ErasedBy.TEAM, ErasureReason.ENTERED_IN_ERROR,
                            null))),
            Map.entry(LearningNoteErased.class, new LearningNoteErased(LEARNING, TEAM, NoteKind.ENDORSEMENT_NOTE,
                    "pavla", REGION, Tier.REGION, new Erasure("pavla", Erasure.ErasedBy.TEAM,
                            ErasureReason.IDENTIFYING_DETAILS, null))));

    static Stream<EventType> contracts() {
        return EventCatalog.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("contracts")
    void givenSampleEvent_whenSerialized_thenMatchesGoldenJson(EventType type) throws IOException {
        Object sample = sample(type);
        JsonNode written = LedgerJson.mapper().valueToTree(sample);
        assertThat(written).isEqualTo(golden(type));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("contracts")
    void givenGoldenJson_whenDeserialized_thenEqualsSample(EventType type) throws IOException {
        Object read = LedgerJson.mapper().treeToValue(golden(type), type.type());
        assertThat(read).isEqualTo(sample(type));
    }

    static Object sample(EventType type) {
        Object sample = SAMPLES.getOrDefault(type.type(), CaseReviewSamples.SAMPLES.get(type.type()));
        assertThat(sample).as("a sample for every catalogued event, " + type.name()).isNotNull();
        return sample;
    }

    static JsonNode golden(EventType type) throws IOException {
        return golden(type.name() + ".v" + type.revision() + ".json");
    }

    static JsonNode golden(String name) throws IOException {
        String file = "/golden/" + name;
        try (InputStream in = GoldenJsonTest.class.getResourceAsStream(file)) {
            assertThat(in).as("golden file " + file).isNotNull();
            return LedgerJson.mapper().readTree(in);
        }
    }
}
