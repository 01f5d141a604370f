-- Approved lessons (issue 15) read like learnings in the feed and in history. A lesson is no team's and no
-- learning's: its rows name it by lesson_id, with learning_id and team_id null. Rows of learnings keep both,
-- so every reader of learnings' rows reads them as before.
ALTER TABLE feed_entry ALTER COLUMN learning_id DROP NOT NULL,
    ALTER COLUMN team_id DROP NOT NULL,
    ADD COLUMN lesson_id uuid,
    DROP CONSTRAINT feed_entry_kind_check,
    ADD CONSTRAINT feed_entry_kind_check CHECK (kind IN ('published', 'validated', 'endorsed', 'withdrawn', 'lesson')),
    -- exactly one of them names what the entry is about
    ADD CONSTRAINT feed_entry_of_learning_or_lesson CHECK ((learning_id IS NULL) <> (lesson_id IS NULL)),
    ADD CONSTRAINT feed_entry_lesson_once UNIQUE (lesson_id, sequence);

ALTER TABLE history_event ALTER COLUMN team_id DROP NOT NULL,
    ADD COLUMN lesson_id uuid,
    ADD CONSTRAINT history_event_of_team_or_lesson CHECK (team_id IS NOT NULL OR lesson_id IS NOT NULL),
    -- a lesson is erased by a reviewer of its region (or an administrator)
    DROP CONSTRAINT history_event_erased_by_check,
    ADD CONSTRAINT history_event_erased_by_check CHECK (erased_by IN ('TEAM', 'STEWARD', 'REVIEWER', 'ADMINISTRATOR'));

CREATE INDEX history_event_by_lesson ON history_event (lesson_id, position) WHERE lesson_id IS NOT NULL;
