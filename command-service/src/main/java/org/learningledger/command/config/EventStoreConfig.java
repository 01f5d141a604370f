package org.learningledger.command.config;

import java.time.Duration;
import org.axonframework.common.caching.Cache;
import org.axonframework.common.jdbc.ConnectionProvider;
import javax.sql.DataSource;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.jdbc.UnitOfWorkAwareConnectionProviderWrapper;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventsourcing.eventstore.jpa.SQLStateResolver;
import org.axonframework.spring.jdbc.SpringDataSourceConnectionProvider;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Axon's JDBC event store and token store on the Flyway-owned schema of {@code V1__event_store.sql}.
 * Declared here rather than left to Axon's JdbcAutoConfiguration, whose condition on a DataSource
 * bean is evaluated before Boot 4's DataSource auto-configuration and so never matches; an
 * in-memory token store would silently re-forward everything after each restart.
 */
@Configuration
class EventStoreConfig {

    @Bean
    EventSchema eventSchema() {
        return EventSchema.builder()
                .eventTable("domain_event_entry").snapshotTable("snapshot_event_entry")
                .globalIndexColumn("global_index").aggregateIdentifierColumn("aggregate_identifier")
                .sequenceNumberColumn("sequence_number").typeColumn("type")
                .eventIdentifierColumn("event_identifier").metaDataColumn("meta_data")
                .payloadColumn("payload").payloadRevisionColumn("payload_revision")
                .payloadTypeColumn("payload_type").timestampColumn("time_stamp")
                .build();
    }

    /**
     * Axon's own TransactionAutoConfiguration waits for Boot 3's DataSourceTransactionManager class
     * name, so under Boot 4 it falls back to no transactions at all: a command's events and the
     * directory would not commit together, and a forwarder would store its token before Kafka acked.
     */
    @Bean
    TransactionManager axonTransactionManager(PlatformTransactionManager transactionManager) {
        return new SpringTransactionManager(transactionManager);
    }

    /**
     * Keeps loaded aggregates between commands (an experiment collects dozens of observations), so a
     * command does not re-read and re-apply the aggregate's whole history, only check that the store holds
     * nothing newer (see StoreCheckedCache). Axon evicts an entry whose unit of work rolls back; weak
     * references let the JVM reclaim idle ones. One cache per aggregate type: a shared one would hand a
     * learning to a command for an experiment with its id.
     */
    @Bean
    Cache experimentCache(JdbcClient jdbc) {
        return new StoreCheckedCache(jdbc);
    }

    @Bean
    Cache learningCache(JdbcClient jdbc) {
        return new StoreCheckedCache(jdbc);
    }

    @Bean
    ConnectionProvider connectionProvider(DataSource dataSource) {
        return new UnitOfWorkAwareConnectionProviderWrapper(new SpringDataSourceConnectionProvider(dataSource));
    }

    /**
     * PostgreSQL's unique violation (SQL state 23505) on (aggregate, sequence) means another command, in
     * this or another instance, appended first: Axon then raises a ConcurrencyException, which
     * {@link ConflictRetry} retries on a fresh load. Axon's JDBC default looks for a
     * SQLIntegrityConstraintViolationException, which the PostgreSQL driver never throws, so the race
     * looked like a broken store (503).
     */
    @Bean
    PersistenceExceptionResolver persistenceExceptionResolver() {
        return new SQLStateResolver("23505");
    }

    @Bean
    TokenStore tokenStore(ConnectionProvider connectionProvider, Serializer serializer, TokenSchema tokenSchema) {
        return JdbcTokenStore.builder().connectionProvider(connectionProvider).schema(tokenSchema)
                .serializer(serializer).build();
    }

    @Bean
    TokenSchema tokenSchema() {
        return TokenSchema.builder().setTokenTable("token_entry").setProcessorNameColumn("processor_name")
                .setSegmentColumn("segment").setTokenColumn("token").setTokenTypeColumn("token_type")
                .setTimestampColumn("timestamp").setOwnerColumn("owner").build();
    }

    /**
     * Gap settings against AxonFramework #4829: a tracking processor gives up on a gap in the global
     * index once the events after it are older than {@code gapTimeout}, and would then skip the event
     * if its transaction committed later. Every connection of this service runs with PostgreSQL's
     * {@code transaction_timeout} (see command-service.yml), so no transaction can commit later than
     * that after it took its index. With {@code gapTimeout} at least three times that bound, a gap
     * is given up only when the event behind it can no longer appear.
     */
    @Bean
    EventStorageEngine eventStorageEngine(Serializer defaultSerializer,
                                          @Qualifier("eventSerializer") Serializer eventSerializer,
                                          PersistenceExceptionResolver persistenceExceptionResolver,
                                          org.axonframework.config.Configuration configuration,
                                          ConnectionProvider connectionProvider,
                                          TransactionManager transactionManager,
                                          EventSchema eventSchema,
                                          @Value("${ledger.store.transaction-timeout:10s}") Duration transactionTimeout,
                                          @Value("${ledger.store.gap-timeout:60s}") Duration gapTimeout,
                                          @Value("${ledger.store.read-batch-size:500}") int readBatchSize) {
        if (gapTimeout.compareTo(transactionTimeout.multipliedBy(3)) < 0) {
            throw new IllegalStateException("ledger.store.gap-timeout (" + gapTimeout
                    + ") must be at least three times ledger.store.transaction-timeout (" + transactionTimeout
                    + "), or a slow transaction's event could be skipped by the Kafka forwarder.");
        }
        return JdbcEventStorageEngine.builder()
                .snapshotSerializer(defaultSerializer)
                .eventSerializer(eventSerializer)
                .upcasterChain(configuration.upcasterChain())
                .persistenceExceptionResolver(persistenceExceptionResolver)
                .snapshotFilter(configuration.snapshotFilter())
                .connectionProvider(connectionProvider)
                .transactionManager(transactionManager)
                .schema(eventSchema)
                .gapTimeout((int) gapTimeout.toMillis())
                .batchSize(readBatchSize)
                .build();
    }
}
