-- The steward feed: one row per publication, validation, endorsement or withdrawal, in the order the
-- intake committed them (see FeedProjection). id is the position clients resume from (Last-Event-ID).
-- validates: the learning a validation (or, on a withdrawal, the withdrawn version) validated.
-- payload: what the entry shows; who gets it is decided per reader when it is sent.
CREATE TABLE feed_entry (
    id          bigserial PRIMARY KEY,
    learning_id uuid        NOT NULL,
    sequence    bigint      NOT NULL,
    kind        text        NOT NULL CHECK (kind IN ('published', 'validated', 'endorsed', 'withdrawn')),
    team_id     uuid        NOT NULL,
    region_id   uuid        NOT NULL,
    tier        text        NOT NULL CHECK (tier IN ('REGION', 'NATION')),
    validates   uuid,
    payload     jsonb       NOT NULL,
    occurred_at timestamptz NOT NULL,
    UNIQUE (learning_id, sequence)
);
