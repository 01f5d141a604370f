-- The daily flow (#13): a proposal corrected before its start, an observation corrected by a superseding
-- correction, and the experiment a next cycle follows. An observation's text and kind are what it reads as now;
-- recorded_text and recorded_kind keep what the team first wrote, observation_correction every correction.
ALTER TABLE experiment ADD COLUMN follows uuid,
    ADD COLUMN revised_at timestamptz;

ALTER TABLE observation ADD COLUMN recorded_kind text CHECK (recorded_kind IN ('NOTE', 'MEASURE', 'CHILD_VOICE', 'FAMILY_VOICE')),
    ADD COLUMN recorded_text text,
    ADD COLUMN corrected_at timestamptz,
    ADD COLUMN corrected_sequence bigint;

CREATE TABLE observation_correction (
    observation_id uuid        NOT NULL REFERENCES observation (observation_id),
    experiment_id  uuid        NOT NULL REFERENCES experiment (id),
    sequence       bigint      NOT NULL, -- the correction event's sequence in its experiment
    corrected_at   timestamptz NOT NULL,
    kind           text        NOT NULL CHECK (kind IN ('NOTE', 'MEASURE', 'CHILD_VOICE', 'FAMILY_VOICE')),
    text           text,
    reason         text,
    PRIMARY KEY (observation_id, sequence)
);

CREATE INDEX observation_correction_by_experiment ON observation_correction (experiment_id);
