-- Confidential reports and lessons (issue 15). Rebuilt from ledger.events at any time. No column says who
-- reported: the events do not carry it. The receipt hash (a slow PBKDF2 of the reporter's code) is the only
-- link to the reporter, and the lookup key of the receipt view. Reviewer ids are kept for reviewers only.
-- version: sequence number of the report's last event applied (a triage moves the state only forward).
CREATE TABLE report (
    report_id          uuid PRIMARY KEY,
    region_id          uuid        NOT NULL,
    kind               text        NOT NULL CHECK (kind IN ('INCIDENT', 'NEAR_MISS', 'GOOD_PRACTICE', 'CONCERN')),
    state              text        NOT NULL CHECK (state IN ('NEW', 'UNDER_REVIEW', 'ANSWERED', 'CLOSED')),
    what_happened      text,
    what_helped        text,
    what_could_change  text,
    receipt_hash       text        NOT NULL,
    submitted_at       timestamptz NOT NULL,
    version            bigint      NOT NULL
);

CREATE UNIQUE INDEX report_by_receipt ON report (receipt_hash);
CREATE INDEX report_by_region ON report (region_id, submitted_at DESC);

CREATE TABLE report_addition (
    addition_id  uuid PRIMARY KEY,
    report_id    uuid        NOT NULL REFERENCES report (report_id),
    text         text,
    added_at     timestamptz NOT NULL,
    sequence     bigint      NOT NULL
);

CREATE INDEX report_addition_by_report ON report_addition (report_id, sequence);

CREATE TABLE report_reply (
    reply_id     uuid PRIMARY KEY,
    report_id    uuid        NOT NULL REFERENCES report (report_id),
    reviewer_id  text        NOT NULL,
    text         text,
    replied_at   timestamptz NOT NULL,
    sequence     bigint      NOT NULL
);

CREATE INDEX report_reply_by_report ON report_reply (report_id, sequence);

CREATE TABLE report_triage (
    report_id    uuid        NOT NULL REFERENCES report (report_id),
    sequence     bigint      NOT NULL,
    state        text        NOT NULL CHECK (state IN ('NEW', 'UNDER_REVIEW', 'ANSWERED', 'CLOSED')),
    reviewer_id  text        NOT NULL,
    reason       text,
    triaged_at   timestamptz NOT NULL,
    PRIMARY KEY (report_id, sequence)
);

-- A lesson: a draft until approved_at is set; approval replaces the texts and tier with the approved ones.
-- No reference to report: a lesson's events travel on another partition than its report's.
CREATE TABLE lesson (
    lesson_id    uuid PRIMARY KEY,
    report_id    uuid        NOT NULL,
    region_id    uuid        NOT NULL,
    tier         text        NOT NULL CHECK (tier IN ('REGION', 'NATION')),
    title        text,
    summary      text,
    practice     text,
    drafted_by   text        NOT NULL,
    drafted_at   timestamptz NOT NULL,
    approved_by  text,
    approved_at  timestamptz
);

CREATE INDEX lesson_by_report ON lesson (report_id);
