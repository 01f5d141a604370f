-- History: one row per learning or experiment event, as it happened, in intake order (position).
-- Who may see a row is decided per reader when it is read, against the learning's state then, so a
-- later withdrawal hides earlier content from every history path. tier is null for team-private
-- events (drafts, invitations, experiments). validates is set only on publications of a validation.
CREATE TABLE history_event (
    position          bigserial PRIMARY KEY,
    aggregate_id      uuid        NOT NULL,
    sequence          bigint      NOT NULL,
    kind              text        NOT NULL,
    learning_id       uuid,
    team_id           uuid        NOT NULL,
    region_id         uuid,
    tier              text        CHECK (tier IN ('REGION', 'NATION')),
    version           integer,
    title             text,
    validates         uuid,
    result            text,
    steward_id        text,
    steward_region_id uuid,
    note              text,
    content           jsonb       NOT NULL,
    occurred_at       timestamptz NOT NULL,
    UNIQUE (aggregate_id, sequence)
);

CREATE INDEX history_event_by_time ON history_event (occurred_at, position);
CREATE INDEX history_event_by_learning ON history_event (learning_id, position);
CREATE INDEX history_event_by_validates ON history_event (validates) WHERE validates IS NOT NULL;
