package org.learningledger.command.erasure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.learningledger.command.FieldRuleViolation;
import org.learningledger.command.NotFound;
import org.learningledger.command.organisation.RegionId;
import org.learningledger.command.organisation.Reviewerships;
import org.learningledger.command.organisation.UserId;
import org.learningledger.events.content.Erasure;
import org.learningledger.events.content.Erasure.ErasedBy;
import org.learningledger.events.content.ErasureReason;

/** Which erasure a request asks for, with the token's role: the team's reasons, or an administrator's request. */
class ErasureRulesTest {

    static final UserId JANA = new UserId("jana");

    @Test
    void givenATeamsReasonWithoutReference_whenAsked_thenATeamErasure() {
        assertThat(ErasureRules.erasure(JANA, false, ErasureReason.ENTERED_IN_ERROR, null))
                .isEqualTo(new Erasure("jana", ErasedBy.TEAM, ErasureReason.ENTERED_IN_ERROR, null));
    }

    @Test
    void givenAnAdministratorWithATeamsReason_whenAsked_thenAnErasureAsAMember() {
        assertThat(ErasureRules.erasure(JANA, true, ErasureReason.IDENTIFYING_DETAILS, null).role())
                .isEqualTo(ErasedBy.TEAM);
    }

    @Test
    void givenAnAdministratorsRequestWithItsReference_whenAsked_thenAnAdministratorsErasure() {
        assertThat(ErasureRules.erasure(JANA, true, ErasureReason.DATA_SUBJECT_REQUEST, "GDPR/2026-04/17_a"))
                .isEqualTo(new Erasure("jana", ErasedBy.ADMINISTRATOR, ErasureReason.DATA_SUBJECT_REQUEST,
                        "GDPR/2026-04/17_a"));
    }

    @Test
    void givenAReferenceOnATeamsErasure_whenAsked_thenRefusedNamingReference() {
        assertRefused(() -> ErasureRules.erasure(JANA, false, ErasureReason.IDENTIFYING_DETAILS, "X1"),
                "reference", "only-on-data-subject-request");
        assertRefused(() -> ErasureRules.erasure(JANA, true, ErasureReason.ENTERED_IN_ERROR, "X1"),
                "reference", "only-on-data-subject-request");
    }

    @Test
    void givenADataSubjectRequestFromANonAdministrator_whenAsked_thenRefusedNamingReason() {
        assertRefused(() -> ErasureRules.erasure(JANA, false, ErasureReason.DATA_SUBJECT_REQUEST, "X1"),
                "reason", "administrator-reason");
    }

    @Test
    void givenAnAdministratorsRequestWithoutReference_whenAsked_thenRefusedNamingReference() {
        assertRefused(() -> ErasureRules.erasure(JANA, true, ErasureReason.DATA_SUBJECT_REQUEST, null),
                "reference", "required");
    }

    @Test
    void givenMalformedReferences_whenAsked_thenRefusedNamingReference() {
        for (String bad : new String[] {"", " X1", "-X1", "X 1", "X1;drop", "X".repeat(65), "Anička"}) {
            assertRefused(() -> ErasureRules.erasure(JANA, true, ErasureReason.DATA_SUBJECT_REQUEST, bad),
                    "reference", "reference");
        }
        assertThat(ErasureRules.erasure(JANA, true, ErasureReason.DATA_SUBJECT_REQUEST, "X".repeat(64)).reference())
                .hasSize(64);
    }

    @Test
    void givenNoReason_whenAsked_thenRefusedNamingReason() {
        assertRefused(() -> ErasureRules.erasure(JANA, true, null, null), "reason", "required");
    }

    private static void assertRefused(Runnable request, String field, String rule) {
        assertThatThrownBy(request::run).isInstanceOfSatisfying(FieldRuleViolation.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.rule()).isEqualTo(rule);
        });
    }

    @Test
    void givenAReviewersReason_whenAskedForAReportOrLesson_thenAReviewerErasure() {
        assertThat(ErasureRules.reviewerErasure(JANA, false, ErasureReason.IDENTIFYING_DETAILS, null))
                .isEqualTo(new Erasure("jana", ErasedBy.REVIEWER, ErasureReason.IDENTIFYING_DETAILS, null));
    }

    @Test
    void givenAnAdministratorsRequest_whenAskedForAReportOrLesson_thenAnAdministratorsErasure() {
        assertThat(ErasureRules.reviewerErasure(JANA, true, ErasureReason.DATA_SUBJECT_REQUEST, "DSR-1").role())
                .isEqualTo(ErasedBy.ADMINISTRATOR);
    }

    @Test
    void givenADataSubjectRequestFromAReviewer_whenAskedForAReportOrLesson_thenRefusedNamingReason() {
        assertRefused(() -> ErasureRules.reviewerErasure(JANA, false, ErasureReason.DATA_SUBJECT_REQUEST, "X1"),
                "reason", "administrator-reason");
        assertRefused(() -> ErasureRules.reviewerErasure(JANA, false, ErasureReason.ENTERED_IN_ERROR, "X1"),
                "reference", "only-on-data-subject-request");
    }

    @Test
    void givenAReviewerErasure_whenTheActorReviewsAnotherRegion_thenNotFound() {
        RegionId region = new RegionId(java.util.UUID.randomUUID());
        Erasure reviewer = new Erasure("jana", ErasedBy.REVIEWER, ErasureReason.ENTERED_IN_ERROR, null);
        assertThatThrownBy(() -> ErasureRules.mayErase(reviewer,
                new Reviewerships(List.of(new RegionId(java.util.UUID.randomUUID()))), region))
                .isInstanceOf(NotFound.class);
        assertThatCode(() -> ErasureRules.mayErase(reviewer, new Reviewerships(List.of(region)), region))
                .doesNotThrowAnyException();
    }

    @Test
    void givenAnAdministratorsErasure_whenTheActorReviewsNothing_thenAllowed() {
        Erasure admin = new Erasure("root", ErasedBy.ADMINISTRATOR, ErasureReason.DATA_SUBJECT_REQUEST, "DSR-2");
        assertThatCode(() -> ErasureRules.mayErase(admin, Reviewerships.none(), new RegionId(java.util.UUID.randomUUID())))
                .doesNotThrowAnyException();
    }
}
