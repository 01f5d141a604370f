-- The learning read model: the team's private draft, the published versions as they were published,
-- endorsements and invitations. Who may see which part is decided per reader at query time.
-- No foreign keys to team or region: their events travel on other partitions and may come later.

-- version: sequence number of the last event of the learning applied (guards every update).
-- tier: the widest tier published so far (null while a draft); region_id: from the publication.
CREATE TABLE learning (
    id              uuid PRIMARY KEY,
    team_id         uuid        NOT NULL,
    region_id       uuid,
    title           text,
    summary         text,
    practice        text,
    context         text,
    evidence        jsonb       NOT NULL DEFAULT '[]', -- the team's experiments it cites
    validates       uuid,
    result          text,
    tier            text        CHECK (tier IN ('REGION', 'NATION')),
    latest_version  integer     NOT NULL DEFAULT 0,
    withdrawn       boolean     NOT NULL DEFAULT false,
    withdrawn_at    timestamptz,
    withdraw_reason text,
    drafted_at      timestamptz NOT NULL,
    revised_at      timestamptz NOT NULL, -- when the draft content last changed
    updated_at      timestamptz NOT NULL,
    version         bigint      NOT NULL
);

CREATE INDEX learning_by_team ON learning (team_id);

-- Each version exactly as published: later drafts never change it.
CREATE TABLE learning_version (
    learning_id  uuid        NOT NULL REFERENCES learning (id),
    version      integer     NOT NULL,
    tier         text        NOT NULL CHECK (tier IN ('REGION', 'NATION')),
    title        text,
    snapshot     jsonb       NOT NULL,
    published_at timestamptz NOT NULL,
    PRIMARY KEY (learning_id, version)
);

-- sequence: the event's sequence in the learning's history, so a copy inserts nothing.
CREATE TABLE learning_endorsement (
    learning_id       uuid        NOT NULL REFERENCES learning (id),
    sequence          bigint      NOT NULL,
    steward_id        text        NOT NULL,
    steward_region_id uuid,
    tier              text        NOT NULL CHECK (tier IN ('REGION', 'NATION')),
    note              text,
    endorsed_at       timestamptz NOT NULL,
    PRIMARY KEY (learning_id, sequence)
);

CREATE TABLE learning_invitation (
    learning_id       uuid        NOT NULL REFERENCES learning (id),
    sequence          bigint      NOT NULL,
    steward_id        text        NOT NULL,
    steward_region_id uuid,
    tier              text        NOT NULL CHECK (tier IN ('REGION', 'NATION')),
    invited_at        timestamptz NOT NULL,
    PRIMARY KEY (learning_id, sequence)
);
