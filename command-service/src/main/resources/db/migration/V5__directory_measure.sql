-- What a publication may show of an experiment's measures, kept in the event's transaction (see
-- LearningDirectory): each measure (its name and unit sealed under the experiment's item, like the
-- question, and blanked when the experiment is erased), its points' current values and days in the
-- order recorded, and the days its new phases began. Never a point's note or why a phase began: no
-- publication shows them. The *_seq columns are the events' sequence numbers in the experiment.
ALTER TABLE directory_experiment ADD COLUMN started_on DATE;
-- Experiments started before this release: the day, in the ledger's calendar, of their stored start
-- (the first release stored events under their class names).
UPDATE directory_experiment d
   SET started_on = (e.time_stamp::timestamptz AT TIME ZONE 'Europe/Prague')::date
  FROM domain_event_entry e
 WHERE e.aggregate_identifier = d.experiment_id::text
   AND e.payload_type IN ('ExperimentStarted', 'org.learningledger.events.experiment.ExperimentStarted');

CREATE TABLE directory_measure (
    experiment_id UUID        NOT NULL REFERENCES directory_experiment (experiment_id),
    measure_id    UUID        NOT NULL,
    defined_seq   BIGINT      NOT NULL,
    name          TEXT        NOT NULL,
    unit          TEXT        NOT NULL,
    better        VARCHAR(4)  NOT NULL,
    role          VARCHAR(10) NOT NULL,
    PRIMARY KEY (experiment_id, measure_id)
);
-- NUMERIC without a precision keeps a value as recorded (2.50 stays 2.50).
CREATE TABLE directory_measure_point (
    experiment_id UUID    NOT NULL,
    measure_id    UUID    NOT NULL,
    point_id      UUID    NOT NULL,
    recorded_seq  BIGINT  NOT NULL,
    value         NUMERIC NOT NULL,
    observed_on   DATE    NOT NULL,
    PRIMARY KEY (experiment_id, point_id),
    FOREIGN KEY (experiment_id, measure_id) REFERENCES directory_measure (experiment_id, measure_id)
);
CREATE TABLE directory_measure_phase (
    experiment_id UUID NOT NULL,
    measure_id    UUID NOT NULL,
    phase_from    DATE NOT NULL,
    PRIMARY KEY (experiment_id, measure_id, phase_from),
    FOREIGN KEY (experiment_id, measure_id) REFERENCES directory_measure (experiment_id, measure_id)
);
