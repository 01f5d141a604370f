-- Erasure of confidential reports and lessons (issue 15): an erased report's texts, its additions, replies and
-- triage reasons are null, and the report says when and in which role (REVIEWER or ADMINISTRATOR) it was erased;
-- an erased lesson's title, summary and practice likewise. The role is never a person: no column of report may
-- even look like one (ReportsIT), hence erasure_role rather than erased_by. A rebuild after an erasure reads the
-- texts as null (the key is gone) and the erasure event sets the same dates. Kind, region, state, tier, dates stay.
ALTER TABLE report ADD COLUMN erased_at timestamptz,
    ADD COLUMN erasure_role text CHECK (erasure_role IN ('TEAM', 'STEWARD', 'REVIEWER', 'ADMINISTRATOR'));
ALTER TABLE lesson ADD COLUMN erased_at timestamptz,
    ADD COLUMN erasure_role text CHECK (erasure_role IN ('TEAM', 'STEWARD', 'REVIEWER', 'ADMINISTRATOR'));

-- A lesson's count of started experiments based on it (the receipt view, GET /api/lessons/{id}).
CREATE INDEX experiment_started_by_based_on ON experiment (based_on) WHERE started_at IS NOT NULL;
