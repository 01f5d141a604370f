package org.learningledger.command.migration;

import java.time.Instant;
import java.util.List;
import java.util.function.LongConsumer;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.learningledger.events.DomainEvent;
import org.learningledger.events.EventCatalog;
import org.learningledger.events.EventType;
import org.learningledger.events.LedgerJson;
import org.learningledger.events.Upcasters;
import org.learningledger.events.content.ContentSeal;
import org.learningledger.events.content.PersonalFields;
import org.learningledger.events.learning.LearningDrafted;
import org.learningledger.events.learning.LearningRevised;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Rewrites the store's rows that hold personal text in clear (written before encryption) as the
 * current revision, sealed, exactly as the event serializer writes a new event: one short transaction
 * per batch, in store order. Only payloads change; positions, identifiers and times stay, so every
 * reader's token stays valid. A row already sealed is left as it is, so a second run changes nothing.
 */
@Component
class StoreSealing {

    private static final int BATCH = 200;

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Serializer serializer;
    private final Upcasters upcasters = Upcasters.ledger();

    StoreSealing(JdbcClient jdbc, TransactionTemplate transactions, @Qualifier("eventSerializer") Serializer serializer) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.serializer = serializer;
    }

    record Row(long globalIndex, String aggregate, long sequence, String type, String revision, byte[] payload,
               String timestamp) {
    }

    long head() {
        return jdbc.sql("select coalesce(max(global_index), 0) from domain_event_entry").query(Long.class).single();
    }

    long count(long head) {
        return jdbc.sql("select count(*) from domain_event_entry where global_index <= ?").param(head)
                .query(Long.class).single();
    }

    /** Seals the rows up to {@code head}; {@code scanned} hears each row; returns how many were rewritten. */
    long sealUpTo(long head, LongConsumer scanned) {
        long after = -1;
        long sealed = 0;
        while (true) {
            List<Row> rows = jdbc.sql("select global_index, aggregate_identifier as aggregate, sequence_number as sequence,"
                            + " payload_type as type, payload_revision as revision, payload, time_stamp as timestamp"
                            + " from domain_event_entry"
                            + " where global_index > ? and global_index <= ? order by global_index limit " + BATCH)
                    .params(after, head).query(Row.class).list();
            if (rows.isEmpty()) {
                return sealed;
            }
            Long done = transactions.execute(status -> rows.stream().filter(this::reseal).count());
            sealed += done == null ? 0 : done;
            after = rows.get(rows.size() - 1).globalIndex();
            rows.forEach(row -> scanned.accept(row.globalIndex()));
        }
    }

    private boolean reseal(Row row) {
        EventType type = EventCatalog.byStoredName(row.type()).orElse(null);
        if (type == null || PersonalFields.of(type.type()).none()) {
            return false;
        }
        JsonNode stored = LedgerJson.mapper().readTree(row.payload());
        if (ContentSeal.isSealed(stored)) {
            return false;
        }
        JsonNode current = upcasters.toCurrent(type, row.revision(), stored, Instant.parse(row.timestamp()));
        if (ContentSeal.blank(type.type(), current).equals(current)) {
            return false; // no personal text in this one (e.g. a withdrawal without a reason)
        }
        DomainEvent event = (DomainEvent) LedgerJson.mapper().treeToValue(current, type.type());
        if (event instanceof LearningRevised revised && revised.revision() == 0) {
            event = numbered(revised, row);
        }
        SerializedObject<byte[]> written = serializer.serialize(event, byte[].class);
        if (!ContentSeal.isSealed(LedgerJson.mapper().readTree(written.getData()))) {
            throw new IllegalStateException("the event serializer did not seal " + type.name()
                    + ": refusing to rewrite row " + row.globalIndex() + " in clear");
        }
        jdbc.sql("update domain_event_entry set payload = ?, payload_type = ?, payload_revision = ?"
                        + " where global_index = ?")
                .params(written.getData(), written.getType().getName(), written.getType().getRevision(),
                        row.globalIndex()).update();
        return true;
    }

    /** An unnumbered revision is numbered by the learning's own count of its drafts and revisions. */
    private LearningRevised numbered(LearningRevised e, Row row) {
        List<String> names = storedNames(LearningDrafted.class, LearningRevised.class);
        long n = jdbc.sql("select count(*) from domain_event_entry where aggregate_identifier = ?"
                        + " and sequence_number <= ? and payload_type in (:names)".replace(":names",
                        String.join(",", names.stream().map(x -> "?").toList())))
                .params(concat(row.aggregate(), row.sequence(), names)).query(Long.class).single();
        return new LearningRevised(e.learningId(), e.teamId(), e.title(), e.summary(), e.practice(), e.context(),
                e.evidence(), e.validates(), e.result(), (int) n);
    }

    private static List<String> storedNames(Class<?>... types) {
        return java.util.Arrays.stream(types).map(t -> EventCatalog.byClass(t).orElseThrow())
                .flatMap(t -> java.util.stream.Stream.concat(java.util.stream.Stream.of(t.name()),
                        t.formerNames().stream())).toList();
    }

    private static List<Object> concat(String aggregate, long sequence, List<String> names) {
        List<Object> params = new java.util.ArrayList<>(List.of(aggregate, sequence));
        params.addAll(names);
        return params;
    }
}
