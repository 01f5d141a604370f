-- More of the command side's own view, kept in the event's transaction (see Directory):
-- stewards (who may endorse and invite), the experiments a learning may cite as evidence and what a
-- publication may show of them, and where each learning is visible (for endorsements and validations).
CREATE TABLE directory_steward (
    region_id UUID         NOT NULL REFERENCES directory_region (region_id),
    user_id   VARCHAR(200) NOT NULL,
    PRIMARY KEY (region_id, user_id)
);
CREATE TABLE directory_experiment (
    experiment_id UUID PRIMARY KEY,
    team_id       UUID NOT NULL,
    question      TEXT NOT NULL,
    decision      VARCHAR(20),
    summary       TEXT
);
CREATE TABLE directory_learning (
    learning_id UUID PRIMARY KEY,
    team_id     UUID NOT NULL,
    region_id   UUID,
    tier        VARCHAR(10),
    withdrawn   BOOLEAN NOT NULL DEFAULT FALSE
);
