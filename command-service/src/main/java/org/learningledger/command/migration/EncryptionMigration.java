package org.learningledger.command.migration;

import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Brings a store written before encryption to sealed form and the internal topic with it: first the
 * store's rows up to its head at the start ({@link StoreSealing}) and the directory's copies
 * ({@link DirectorySealing}), then the topic from the store
 * ({@link Reforwarding}). One run at a time, in the background, with its progress to poll; a second
 * run after a finished one seals nothing new and re-forwards again (harmless).
 */
@Component
class EncryptionMigration {

    private static final Logger LOG = LoggerFactory.getLogger(EncryptionMigration.class);

    private final StoreSealing sealing;
    private final DirectorySealing directory;
    private final Reforwarding reforwarding;
    private final Clock clock;
    private final AtomicReference<MigrationStatus> status = new AtomicReference<>(MigrationStatus.idle());
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "encryption-migration");
        thread.setDaemon(true);
        return thread;
    });

    EncryptionMigration(StoreSealing sealing, DirectorySealing directory, Reforwarding reforwarding, Clock clock) {
        this.sealing = sealing;
        this.directory = directory;
        this.reforwarding = reforwarding;
        this.clock = clock;
    }

    MigrationStatus status() {
        return status.get();
    }

    /** Starts a run, or answers the running one. */
    synchronized MigrationStatus start() {
        if ("RUNNING".equals(status.get().state())) {
            return status.get();
        }
        long head = sealing.head();
        status.set(new MigrationStatus("RUNNING", "SEALING", 0, sealing.count(head), 0, 0, head, 0,
                clock.instant(), null, null));
        worker.submit(() -> run(head));
        return status.get();
    }

    private void run(long head) {
        try {
            long sealed = sealing.sealUpTo(head, index -> update(s -> with(s, s.rowsScanned() + 1, s.rowsSealed(),
                    s.reforwardedTo(), s.phase())));
            directory.seal();
            update(s -> with(s, s.rowsScanned(), sealed, 0, "REFORWARDING"));
            long deleted = reforwarding.reforward(head,
                    position -> update(s -> with(s, s.rowsScanned(), s.rowsSealed(), position, s.phase())),
                    () -> update(s -> with(s, s.rowsScanned(), s.rowsSealed(), s.reforwardedTo(), "DELETING")));
            update(s -> new MigrationStatus("DONE", s.phase(), s.rowsScanned(), s.rowsTotal(), s.rowsSealed(),
                    s.reforwardedTo(), s.storeHead(), deleted, s.startedAt(), clock.instant(),
                    "sealed " + s.rowsSealed() + " of " + s.rowsTotal() + " rows; deleted " + deleted
                            + " records written before from the internal topic"));
            LOG.info("Encryption migration done: {}", status.get());
        } catch (Exception e) {
            LOG.error("Encryption migration failed", e);
            update(s -> new MigrationStatus("FAILED", s.phase(), s.rowsScanned(), s.rowsTotal(), s.rowsSealed(),
                    s.reforwardedTo(), s.storeHead(), s.recordsDeleted(), s.startedAt(), clock.instant(),
                    String.valueOf(e.getMessage())));
        }
    }

    private void update(UnaryOperator<MigrationStatus> change) {
        status.updateAndGet(change);
    }

    private static MigrationStatus with(MigrationStatus s, long scanned, long sealed, long position, String phase) {
        return new MigrationStatus(s.state(), phase, scanned, s.rowsTotal(), sealed, position, s.storeHead(),
                s.recordsDeleted(), s.startedAt(), null, null);
    }
}
