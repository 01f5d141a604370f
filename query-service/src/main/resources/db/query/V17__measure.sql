-- Measures of an experiment and their points (issue 14): team-private like the experiment. Rebuilt from
-- ledger.events at any time. A point's row holds its current value (a correction replaces it; history keeps
-- what it replaced). Record order (recorded_sequence, the experiment's event sequence) breaks ties of a day.
CREATE TABLE measure (
    measure_id        uuid PRIMARY KEY,
    experiment_id     uuid        NOT NULL, -- no reference: the experiment projection may run after this one
    name              text,
    unit              text,
    better            text        NOT NULL CHECK (better IN ('UP', 'DOWN')),
    role              text        NOT NULL CHECK (role IN ('OUTCOME', 'PROCESS', 'BALANCING')),
    defined_at        timestamptz NOT NULL,
    defined_sequence  bigint      NOT NULL,
    erased_at         timestamptz,
    erased_by         text CHECK (erased_by IN ('TEAM', 'STEWARD', 'ADMINISTRATOR'))
);

CREATE INDEX measure_by_experiment ON measure (experiment_id, defined_sequence);

CREATE TABLE measure_point (
    point_id            uuid PRIMARY KEY,
    measure_id          uuid        NOT NULL REFERENCES measure (measure_id),
    experiment_id       uuid        NOT NULL,
    value               numeric     NOT NULL,
    observed_on         date        NOT NULL,
    note                text,
    recorded_at         timestamptz NOT NULL,
    recorded_sequence   bigint      NOT NULL,
    corrected_at        timestamptz,
    corrected_sequence  bigint,
    correction_reason   text
);

CREATE INDEX measure_point_by_measure ON measure_point (measure_id, observed_on, recorded_sequence);
CREATE INDEX measure_point_by_experiment ON measure_point (experiment_id);

CREATE TABLE measure_phase (
    measure_id     uuid        NOT NULL REFERENCES measure (measure_id),
    experiment_id  uuid        NOT NULL,
    from_day       date        NOT NULL,
    reason         text,
    rephased_at    timestamptz NOT NULL,
    PRIMARY KEY (measure_id, from_day)
);

CREATE INDEX measure_phase_by_experiment ON measure_phase (experiment_id);

-- The day the experiment started (ExperimentStarted revision 2 says it; before, the day it was recorded):
-- a measure's points dated before it are the baseline.
ALTER TABLE experiment ADD COLUMN started_on date;
UPDATE experiment SET started_on = (started_at AT TIME ZONE 'Europe/Prague')::date WHERE started_at IS NOT NULL;
