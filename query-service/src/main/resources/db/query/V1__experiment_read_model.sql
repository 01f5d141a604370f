-- The experiment read model. Rebuilt from ledger.events at any time; timestamps are the events'.
CREATE TABLE experiment (
    id             uuid PRIMARY KEY,
    team_id        uuid        NOT NULL,
    question       text        NOT NULL,
    prediction     text,
    plan           text,
    measures       text,
    based_on       uuid,
    status         text        NOT NULL CHECK (status IN ('PROPOSED', 'STARTED', 'CONCLUDED', 'ABANDONED')),
    decision       text        CHECK (decision IN ('ADOPT', 'ADAPT', 'ABANDON')),
    summary        text,
    abandon_reason text,
    proposed_at    timestamptz NOT NULL,
    started_at     timestamptz,
    ended_at       timestamptz,
    version        bigint      NOT NULL, -- sequence number of the last event applied to this row
    updated_at     timestamptz NOT NULL
);

CREATE INDEX experiment_by_team ON experiment (team_id, proposed_at DESC);

CREATE TABLE observation (
    observation_id uuid PRIMARY KEY,
    experiment_id  uuid        NOT NULL REFERENCES experiment (id),
    kind           text        NOT NULL CHECK (kind IN ('NOTE', 'MEASURE', 'CHILD_VOICE', 'FAMILY_VOICE')),
    text           text,
    value          numeric,
    recorded_at    timestamptz NOT NULL
);

CREATE INDEX observation_by_experiment ON observation (experiment_id, recorded_at);
