package org.learningledger.query.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.learningledger.events.experiment.ExperimentStarted;
import org.learningledger.events.organisation.AnalystAppointed;
import org.learningledger.events.organisation.MemberRemoved;
import org.learningledger.events.organisation.ReviewerAppointed;
import org.learningledger.events.organisation.ReviewerRemoved;
import org.learningledger.events.organisation.StewardAppointed;
import org.learningledger.events.organisation.TeamRegistered;

class OrganisationEventChecksTest {

    private final UUID id = UUID.randomUUID();

    @Test
    void givenTeamWithoutFocus_whenChecked_thenCompleteAndAboutTheTeam() {
        var registered = new TeamRegistered(id, UUID.randomUUID(), "Harbour", null);
        assertThat(OrganisationEventChecks.missingFields(registered)).isEmpty();
        assertThat(OrganisationEventChecks.aggregateId(registered)).isEqualTo(id);
    }

    @Test
    void givenMembershipOrStewardWithoutPerson_whenChecked_thenUserIdNamed() {
        assertThat(OrganisationEventChecks.missingFields(new MemberRemoved(id, " "))).containsExactly("userId");
        assertThat(OrganisationEventChecks.missingFields(new StewardAppointed(null, null)))
                .containsExactly("regionId", "userId");
    }

    @Test
    void givenAnalystAppointment_whenChecked_thenItsAggregateIsTheAppointment() {
        assertThat(OrganisationEventChecks.aggregateId(new AnalystAppointed(id, "ann"))).isEqualTo(id);
    }

    @Test
    void givenReviewerAppointmentOrRemoval_whenChecked_thenAboutTheRegionAndThePersonRequired() {
        assertThat(OrganisationEventChecks.aggregateId(new ReviewerAppointed(id, "rita"))).isEqualTo(id);
        assertThat(OrganisationEventChecks.missingFields(new ReviewerRemoved(id, ""))).containsExactly("userId");
    }

    @Test
    void givenExperimentEvent_whenChecked_thenNotAnOrganisationEvent() {
        assertThat(OrganisationEventChecks.isOrganisationEvent(new ExperimentStarted(id, id, null))).isFalse();
    }
}
