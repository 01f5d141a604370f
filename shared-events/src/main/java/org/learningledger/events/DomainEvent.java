package org.learningledger.events;

/**
 * Every event the ledger stores. Each aggregate's events form a sealed family ({@code
 * ExperimentEvent}, {@code LearningEvent}, {@code OrganisationEvent}) with a {@code Handler} that
 * names every member: a reader handles a family through it, so an added event fails the build
 * wherever it is not handled. (On Java 21 these become exhaustive pattern switches.)
 */
public interface DomainEvent {
}
