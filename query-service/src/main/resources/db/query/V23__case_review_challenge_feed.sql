-- Published case reviews and raised or answered challenges in the feed and in history (issue 16). Like a lesson's, their rows
-- name them by their own id; team_id is a challenge's raising team (null when a steward raised it). A withdrawn
-- or erased entry keeps its place with its texts blanked.
ALTER TABLE feed_entry ADD COLUMN case_review_id uuid,
    ADD COLUMN challenge_id uuid,
    DROP CONSTRAINT feed_entry_kind_check,
    ADD CONSTRAINT feed_entry_kind_check CHECK (kind IN ('published', 'validated', 'endorsed', 'withdrawn', 'lesson',
                                                         'case-review', 'challenge')),
    DROP CONSTRAINT feed_entry_of_learning_or_lesson,
    -- exactly one of them names what the entry is about
    ADD CONSTRAINT feed_entry_of_one CHECK (num_nonnulls(learning_id, lesson_id, case_review_id, challenge_id) = 1),
    ADD CONSTRAINT feed_entry_case_review_once UNIQUE (case_review_id, sequence),
    ADD CONSTRAINT feed_entry_challenge_once UNIQUE (challenge_id, sequence);

-- History (the export) keeps a case review's publications (kind case-review) and a challenge's raise (kind
-- challenge), named by aggregate_id: neither is a team's learning or a lesson.
ALTER TABLE history_event DROP CONSTRAINT history_event_of_team_or_lesson,
    ADD CONSTRAINT history_event_of_team_or_lesson CHECK (team_id IS NOT NULL OR lesson_id IS NOT NULL
                                                         OR kind IN ('case-review', 'challenge'));
