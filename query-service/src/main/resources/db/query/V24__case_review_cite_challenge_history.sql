-- Issue 16, second part. A finding's cites of learnings (FindingCitedLearning): workspace facts, no text; readers
-- of a published snapshot see the cites of its findings that they may see as learnings. The snapshot itself is
-- not changed by a cite.
CREATE TABLE case_review_cite (
    case_review_id  uuid        NOT NULL REFERENCES case_review (case_review_id),
    finding_id      uuid        NOT NULL,
    learning_id     uuid        NOT NULL,
    cited_by        text        NOT NULL,
    cited_at        timestamptz NOT NULL,
    PRIMARY KEY (finding_id, learning_id)
);

CREATE INDEX case_review_cite_by_learning ON case_review_cite (learning_id);

-- History (the export) keeps a challenge's answers and outcome reviews as well as its raise, at the raise's tier,
-- region and raising team.
ALTER TABLE history_event DROP CONSTRAINT history_event_of_team_or_lesson,
    ADD CONSTRAINT history_event_of_team_or_lesson CHECK (team_id IS NOT NULL OR lesson_id IS NOT NULL
                                                         OR kind IN ('case-review', 'challenge', 'challenge-answered',
                                                                     'challenge-outcome-reviewed'));

-- Experiments that respond to a finding by building on it.
CREATE INDEX experiment_by_based_on ON experiment (based_on) WHERE based_on IS NOT NULL;
