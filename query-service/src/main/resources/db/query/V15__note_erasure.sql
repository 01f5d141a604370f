-- Erasure of notes: a withdrawal's reason and a steward's endorsement note are null once erased, and say
-- when and by whom (TEAM or ADMINISTRATOR). History rows and feed entries keep theirs as the other erasures do.
ALTER TABLE learning ADD COLUMN withdraw_reason_erased_at timestamptz,
    ADD COLUMN withdraw_reason_erased_by text CHECK (withdraw_reason_erased_by IN ('TEAM', 'ADMINISTRATOR'));
ALTER TABLE learning_endorsement ADD COLUMN note_erased_at timestamptz,
    ADD COLUMN note_erased_by text CHECK (note_erased_by IN ('TEAM', 'ADMINISTRATOR'));
