package org.learningledger.events.organisation;

import org.learningledger.events.DomainEvent;

/**
 * The events of the organisation's aggregates (a region and its stewards, a team and its members,
 * an analyst's appointment): administrative facts, never content.
 */
public sealed interface OrganisationEvent extends DomainEvent
        permits RegionRegistered, TeamRegistered, MemberAdded, MemberRemoved, StewardAppointed, AnalystAppointed,
        StewardRemoved, AnalystRemoved, ReviewerAppointed, ReviewerRemoved {

    /** Why an account id is kept in clear: membership and appointments are checked against it. */
    String ACCOUNT = "the account id of the sign-in service: memberships and appointments are checked against it";

    /** Why a region's or team's name is kept in clear. */
    String PUBLIC_NAME = "the public name of a region or team of the organisation, registered by an administrator";

    <R> R handle(Handler<R> handler);

    /** One answer per event of the family: adding an event adds a method here. */
    interface Handler<R> {
        R regionRegistered(RegionRegistered event);

        R teamRegistered(TeamRegistered event);

        R memberAdded(MemberAdded event);

        R memberRemoved(MemberRemoved event);

        R stewardAppointed(StewardAppointed event);

        R analystAppointed(AnalystAppointed event);

        R stewardRemoved(StewardRemoved event);

        R analystRemoved(AnalystRemoved event);

        R reviewerAppointed(ReviewerAppointed event);

        R reviewerRemoved(ReviewerRemoved event);
    }
}
