-- Round 2, case reviews (#16), in the events' transaction (see CaseReviewDirectory): the findings of
-- each review's published, not withdrawn or erased snapshot, with its tier, so that a challenge may cite a
-- finding its raiser can read. No text: the finding's words stay sealed in the event store.
CREATE TABLE directory_case_review_finding (
    finding_id     UUID        PRIMARY KEY,
    case_review_id UUID        NOT NULL,
    region_id      UUID        NOT NULL,
    tier           VARCHAR(10) NOT NULL
);
CREATE INDEX directory_case_review_finding_review ON directory_case_review_finding (case_review_id);
