-- Two query services share this database: a rebuild's progress is kept here, so that any instance answers
-- GET /api/admin/rebuilds/{id}, and holder_pid names the session holding the rebuild's advisory lock, so that a
-- rebuild whose instance died (its session gone, the lock with it) reads as abandoned, not RUNNING for ever.
-- In a schema of its own, not the read models': every rebuild migrates these files into its shadow schema,
-- compares that schema with public table by table and swaps the tables, and this table is none of those
-- (in a shadow this file creates nothing, the table being there already).
CREATE SCHEMA IF NOT EXISTS operations;

CREATE TABLE IF NOT EXISTS operations.rebuild (
    id               uuid PRIMARY KEY,
    model            text        NOT NULL,
    state            text        NOT NULL CHECK (state IN ('RUNNING', 'SWITCHING', 'DONE', 'FAILED', 'DIVERGED')),
    instance         text        NOT NULL, -- the JVM running it, as pid@host
    holder_pid       integer     NOT NULL, -- the PostgreSQL backend holding the lock for it
    done             bigint      NOT NULL DEFAULT 0,
    total            bigint      NOT NULL DEFAULT 0,
    started_at       timestamptz NOT NULL,
    finished_at      timestamptz,
    switched_at      timestamptz,
    live_checksum    text,
    rebuilt_checksum text,
    differences      text[]      NOT NULL DEFAULT '{}',
    error            text,
    schema_name      text,
    retired_schema   text
);
