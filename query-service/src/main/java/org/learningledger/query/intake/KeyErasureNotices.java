package org.learningledger.query.intake;

import org.learningledger.events.content.ContentItem;
import org.learningledger.query.keys.ErasedItems;
import org.learningledger.query.keys.KeyErasureSignals;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Tells every query instance that an erasure was applied, so each drops the erased keys from its cache
 * ({@link KeyErasureSignals}); the instance applying it drops them itself as it reads the event. The
 * notice goes in the applying transaction, so PostgreSQL delivers it on commit and never for a rollback.
 */
@Component
class KeyErasureNotices implements Projection {

    private final JdbcClient jdbc;

    KeyErasureNotices(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void apply(LedgerEvent event) {
        for (ContentItem item : ErasedItems.of(event.payload())) {
            jdbc.sql("select pg_notify('" + KeyErasureSignals.CHANNEL + "', ?)").param(item.key()).query().listOfRows();
        }
    }
}
