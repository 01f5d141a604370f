-- Published case reviews and raised or answered challenges in the feed (issue 16). Like a lesson's, their rows
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
