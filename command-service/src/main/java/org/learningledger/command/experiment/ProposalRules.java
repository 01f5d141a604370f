package org.learningledger.command.experiment;

import java.util.Optional;
import org.learningledger.command.NotFound;
import org.learningledger.command.RuleViolation;
import org.learningledger.command.experiment.ExperimentCommands.ProposeExperiment;
import org.learningledger.command.learning.ValidationRules;
import org.learningledger.command.organisation.RegionId;
import org.learningledger.command.organisation.TeamId;
import org.learningledger.events.experiment.ExperimentProposed;

/**
 * A proposal under a client-chosen id: a new one is checked (what it follows and builds on) and made; a retry with
 * the same content makes nothing; other content under a standing id is a conflict, and another team's id is not
 * there at all.
 */
final class ProposalRules {

    private ProposalRules() {
    }

    /** {@code standing}: the proposal already made under this id (null: none); {@code erased}: it was erased. */
    static Optional<ExperimentProposed> decide(ExperimentProposed standing, boolean erased, ProposeExperiment command) {
        ExperimentProposed proposed = new ExperimentProposed(command.experimentId().value(), command.teamId().value(),
                command.question(), command.prediction(), command.plan(), command.measures(), command.basedOn(),
                command.follows());
        if (standing == null) {
            ExperimentRules.mayFollow(command.follows(), command.teamId().value(), command.followed());
            if (command.basedOn() != null) {
                RegionId teamRegion = command.memberships().regionOf(command.teamId());
                boolean seesFinding = command.basedOnFinding().filter(f -> f.findingId().equals(command.basedOn()))
                        .filter(f -> f.visibleToTeamOf(teamRegion)).isPresent();
                ValidationRules.mayBuildOn(command.teamId().value(), teamRegion, command.basedOn(),
                        command.basedOnLearning(), command.basedOnLesson(), seesFinding);
            }
            return Optional.of(proposed);
        }
        if (!command.memberships().isMemberOf(new TeamId(standing.teamId()))) {
            throw new NotFound(); // another team's experiment: a stranger learns nothing of its id
        }
        ExperimentRules.notErased(erased);
        if (!standing.equals(proposed)) {
            throw new RuleViolation("id-already-used", "An experiment with this id already exists with different content.");
        }
        return Optional.empty();
    }

    /** The proposal as an erased experiment keeps it: its links, no texts. */
    static ExperimentProposed blanked(ExperimentProposed proposal) {
        return new ExperimentProposed(proposal.experimentId(), proposal.teamId(), null, null, null, null,
                proposal.basedOn(), proposal.follows());
    }
}
