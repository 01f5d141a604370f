/**
 * Rebuilding the read models from history while the live ones keep answering (admin only).
 *
 * <p>{@code POST /api/admin/rebuilds {"model": "all"}} answers 202 with the rebuild's status and a
 * {@code Location}; {@code GET /api/admin/rebuilds/{id}} answers {@code {id, model, state (RUNNING,
 * SWITCHING, DONE, FAILED, DIVERGED), done, total, ratePerSecond, secondsLeft, liveChecksum, rebuiltChecksum,
 * checksumsEqual, differences, switchedAt, error, startedAt, schema, retiredSchema, instance}}. Only {@code all} is a model:
 * every read model shares the intake's bookkeeping ({@code applied_sequence}, {@code consumer_position},
 * {@code dead_letter}, {@code stopped_aggregate}), so they are rebuilt together: a rebuilt schema stops the
 * aggregates the live one stopped, since the same records fail the same way. One rebuild at a time across every
 * instance sharing the database: it holds a session-level advisory lock ({@code RebuildLock}) on a connection
 * of its own from start to end, and a start while another session holds it answers 409 (naming the running
 * rebuild when it is recorded). Progress is written to {@code operations.rebuild} at its start, at most once a
 * second as it goes, and at each change of state ({@code RebuildRecords}), so any instance answers the GET; a
 * row still RUNNING whose session no longer holds the lock (its instance died, and PostgreSQL released the
 * lock with its connection) reads as FAILED, abandoned.
 *
 * <p>How: a fresh schema {@code rebuild_<n>} migrated by Flyway from {@code classpath:db/query}; the
 * topic read from its beginning by an assigned consumer (no group) up to the end offsets at start,
 * each poll applied by the intake's own logic ({@code intake.ReplayIntake}) in a transaction whose
 * {@code search_path} is the new schema; then catching up with the live {@code consumer_position}.
 * The switch is one transaction: lock the live tables (EXCLUSIVE: the intake waits, readers go on),
 * re-read the live positions, apply the rest, checksum both schemas (every row as JSON, without
 * serial ids and wall-clock bookkeeping times) and the last applied sequence of every aggregate
 * ({@code applied_sequence}). Only if both agree: ACCESS EXCLUSIVE, live tables (and Flyway's
 * history) into {@code retired_<n>}, the rebuilt ones into {@code public}. A lock that cannot be had
 * within 2 s rolls the attempt back and it is tried again. If they disagree, nothing is switched: the
 * state is DIVERGED, {@code differences} names the aggregates whose sequences differ and the tables whose
 * rows differ, the shadow is dropped and the live models go on answering. Before comparing, the live dead letters' dates
 * and purged payloads are carried onto the shadow's rows of the same records, so a rebuild brings no purged
 * payload back. The newest retired schema is kept, to look back
 * at by hand, for {@code ledger.query.rebuild.keep-retired} at most ({@code RetiredSchemaPurge}); older ones
 * are dropped after a switch, and a shadow left by a rebuild that was cut short (the
 * service stopped mid-way) is dropped when the next one starts.
 */
package org.learningledger.query.rebuild;
