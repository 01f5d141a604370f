package org.learningledger.command.keys;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Key rotation: every live data key wrapped under an older KEK version is wrapped again under the
 * current one, one short transaction per batch; the data keys themselves (and so all content) stay
 * as they are. Keys whose version is missing from the ring are left and counted, never dropped.
 */
@Component
class KeyRewrap {

    private static final int BATCH = 500;

    private final KeyTable table;
    private final KeyEncryptionKeys keks;
    private final TransactionTemplate transactions;

    KeyRewrap(KeyTable table, KeyEncryptionKeys keks, TransactionTemplate transactions) {
        this.table = table;
        this.keks = keks;
        this.transactions = transactions;
    }

    /** What the table holds: live keys per KEK version, erased items, the current version. */
    Map<String, Object> status() {
        KekRing ring = keks.ring();
        Map<Integer, Long> counts = table.countsByVersion();
        Set<Integer> missing = new TreeSet<>(counts.keySet());
        missing.removeAll(ring.versions());
        return Map.of("currentVersion", ring.current(), "configuredVersions", List.copyOf(ring.versions()),
                "keysByVersion", byName(counts), "erased", table.erasedCount(),
                "missingVersions", List.copyOf(missing));
    }

    /** Re-reads the key file, then rewraps; answers the counts. */
    Map<String, Object> rewrap() {
        KekRing ring = keks.reload();
        int current = ring.current();
        long[] rewrapped = {0};
        Map<Integer, Long> unreadable = new TreeMap<>();
        String after = "";
        while (true) {
            List<KeyTable.Row> rows = table.notWrappedBy(current, after, BATCH);
            if (rows.isEmpty()) {
                break;
            }
            transactions.executeWithoutResult(status -> {
                for (KeyTable.Row row : rows) {
                    if (!ring.versions().contains(row.kekVersion())) {
                        unreadable.merge(row.kekVersion(), 1L, Long::sum);
                    } else if (table.rewrap(row, ring.wrap(row.item(), ring.unwrap(row.item(), row.kekVersion(),
                            row.wrapped())))) {
                        rewrapped[0]++;
                    }
                }
            });
            after = rows.get(rows.size() - 1).item().key();
        }
        return Map.of("currentVersion", current, "rewrapped", rewrapped[0],
                "keysByVersion", byName(table.countsByVersion()), "erased", table.erasedCount(),
                "notRewrapped", byName(unreadable));
    }

    private static Map<String, Long> byName(Map<Integer, Long> counts) {
        Map<String, Long> named = new TreeMap<>();
        counts.forEach((version, count) -> named.put(String.valueOf(version), count));
        return named;
    }
}
