-- A steward erases their own endorsement note: "erased by" names TEAM, STEWARD or ADMINISTRATOR.
ALTER TABLE experiment DROP CONSTRAINT experiment_erased_by_check,
    ADD CONSTRAINT experiment_erased_by_check CHECK (erased_by IN ('TEAM', 'STEWARD', 'ADMINISTRATOR'));
ALTER TABLE observation DROP CONSTRAINT observation_erased_by_check,
    ADD CONSTRAINT observation_erased_by_check CHECK (erased_by IN ('TEAM', 'STEWARD', 'ADMINISTRATOR'));
ALTER TABLE learning DROP CONSTRAINT learning_draft_erased_by_check,
    ADD CONSTRAINT learning_draft_erased_by_check CHECK (draft_erased_by IN ('TEAM', 'STEWARD', 'ADMINISTRATOR'));
ALTER TABLE learning DROP CONSTRAINT learning_withdraw_reason_erased_by_check,
    ADD CONSTRAINT learning_withdraw_reason_erased_by_check
        CHECK (withdraw_reason_erased_by IN ('TEAM', 'STEWARD', 'ADMINISTRATOR'));
ALTER TABLE learning_version DROP CONSTRAINT learning_version_erased_by_check,
    ADD CONSTRAINT learning_version_erased_by_check CHECK (erased_by IN ('TEAM', 'STEWARD', 'ADMINISTRATOR'));
ALTER TABLE history_event DROP CONSTRAINT history_event_erased_by_check,
    ADD CONSTRAINT history_event_erased_by_check CHECK (erased_by IN ('TEAM', 'STEWARD', 'ADMINISTRATOR'));
ALTER TABLE learning_endorsement DROP CONSTRAINT learning_endorsement_note_erased_by_check,
    ADD CONSTRAINT learning_endorsement_note_erased_by_check
        CHECK (note_erased_by IN ('TEAM', 'STEWARD', 'ADMINISTRATOR'));
