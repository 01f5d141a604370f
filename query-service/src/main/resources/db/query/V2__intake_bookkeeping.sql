-- What the intake has applied, where it resumes, and what it could not apply.

-- Last applied sequence number per aggregate: a copy of an event (redelivery, re-send) is dropped.
CREATE TABLE applied_sequence (
    aggregate_id  uuid PRIMARY KEY,
    last_sequence bigint NOT NULL
);

-- Next offset to read per topic-partition, committed with the read model: the intake seeks here.
CREATE TABLE consumer_position (
    topic       text        NOT NULL,
    partition   integer     NOT NULL,
    next_offset bigint      NOT NULL,
    updated_at  timestamptz NOT NULL,
    PRIMARY KEY (topic, partition)
);

-- Records that can never be applied, kept byte for byte with the reason.
CREATE TABLE dead_letter (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    topic         text        NOT NULL,
    partition     integer     NOT NULL,
    record_offset bigint      NOT NULL,
    key           text,
    value         bytea,
    reason        text        NOT NULL,
    received_at   timestamptz NOT NULL,
    UNIQUE (topic, partition, record_offset)
);
