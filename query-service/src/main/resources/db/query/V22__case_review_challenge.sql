-- Case reviews and challenges (issue 16). Rebuilt from ledger.events at any time. Texts are null once erased
-- (erased_at and erasure_role say when and in which role, never by whom). No column counts anything per team
-- or person. A case review's workspace is read only by its participants and the region's reviewers.
CREATE TABLE case_review (
    case_review_id     uuid PRIMARY KEY,
    region_id          uuid        NOT NULL,
    lead_id            text        NOT NULL,
    kind               text        NOT NULL CHECK (kind IN ('SWARM_HUDDLE', 'AFTER_ACTION_REVIEW', 'ROUND_TABLE',
                                                            'SYSTEMS_REVIEW')),
    title              text,
    opened_at          timestamptz NOT NULL,
    withdrawn_at       timestamptz,
    withdrawn_by       text,
    withdrawal_reason  text,
    erased_at          timestamptz,
    erasure_role       text CHECK (erasure_role IN ('TEAM', 'STEWARD', 'REVIEWER', 'ADMINISTRATOR'))
);

CREATE INDEX case_review_by_region ON case_review (region_id, opened_at DESC);

-- removed_at set: a former participant, who sees nothing a stranger would not. Added again: removed_at cleared.
CREATE TABLE case_review_participant (
    case_review_id  uuid        NOT NULL REFERENCES case_review (case_review_id),
    user_id         text        NOT NULL,
    role            text        NOT NULL CHECK (role IN ('REVIEW_TEAM', 'CASE_GROUP')),
    added_at        timestamptz NOT NULL,
    removed_at      timestamptz,
    sequence        bigint      NOT NULL,
    PRIMARY KEY (case_review_id, user_id)
);

CREATE INDEX case_review_participant_by_user ON case_review_participant (user_id) WHERE removed_at IS NULL;

CREATE TABLE case_review_episode (
    episode_id         uuid PRIMARY KEY,
    case_review_id     uuid        NOT NULL REFERENCES case_review (case_review_id),
    occurred_on        date        NOT NULL,
    what_happened      text,
    why_it_made_sense  text,
    recorded_by        text        NOT NULL,
    recorded_at        timestamptz NOT NULL,
    sequence           bigint      NOT NULL
);

CREATE TABLE case_review_finding (
    finding_id      uuid PRIMARY KEY,
    case_review_id  uuid        NOT NULL REFERENCES case_review (case_review_id),
    text            text,
    factors         text[]      NOT NULL,
    good_practice   boolean     NOT NULL,
    recorded_by     text        NOT NULL,
    recorded_at     timestamptz NOT NULL,
    sequence        bigint      NOT NULL
);

CREATE TABLE case_review_issue (
    issue_id        uuid PRIMARY KEY,
    case_review_id  uuid        NOT NULL REFERENCES case_review (case_review_id),
    question        text,
    raised_by       text        NOT NULL,
    raised_at       timestamptz NOT NULL,
    sequence        bigint      NOT NULL
);

CREATE TABLE case_review_addendum (
    addendum_id     uuid PRIMARY KEY,
    case_review_id  uuid        NOT NULL REFERENCES case_review (case_review_id),
    refers_to       uuid        NOT NULL,
    text            text,
    recorded_by     text        NOT NULL,
    recorded_at     timestamptz NOT NULL,
    sequence        bigint      NOT NULL
);

CREATE TABLE case_review_experiment (
    case_review_id  uuid        NOT NULL REFERENCES case_review (case_review_id),
    finding_id      uuid        NOT NULL,
    experiment_id   uuid        NOT NULL,
    team_id         uuid        NOT NULL,
    linked_by       text        NOT NULL,
    linked_at       timestamptz NOT NULL,
    PRIMARY KEY (finding_id, experiment_id)
);

-- A proposed version; published_at set once a second reviewer approved it. snapshot: the event's
-- CaseReviewSnapshot as JSON, its texts null once erased.
CREATE TABLE case_review_version (
    case_review_id  uuid        NOT NULL REFERENCES case_review (case_review_id),
    version         int         NOT NULL,
    tier            text        NOT NULL CHECK (tier IN ('REGION', 'NATION')),
    snapshot        jsonb       NOT NULL,
    proposed_by     text        NOT NULL,
    proposed_at     timestamptz NOT NULL,
    approved_by     text,
    published_at    timestamptz,
    PRIMARY KEY (case_review_id, version)
);

-- answered_at: of the latest answer (an UNDER_REVIEW answer may be followed by another);
-- first_answered_at ends the days unanswered.
CREATE TABLE challenge (
    challenge_id         uuid PRIMARY KEY,
    region_id            uuid        NOT NULL,
    team_id              uuid,
    raised_by            text        NOT NULL,
    tier                 text        NOT NULL CHECK (tier IN ('REGION', 'NATION')),
    target               text,
    perverse_effect      text,
    evidence             uuid[]      NOT NULL,
    raised_at            timestamptz NOT NULL,
    answer               text CHECK (answer IN ('REVISED', 'KEPT', 'UNDER_REVIEW')),
    rationale            text,
    outcome_review_on    date,
    answered_by          text,
    answered_at          timestamptz,
    first_answered_at    timestamptz,
    outcome              text,
    outcome_reviewed_by  text,
    outcome_reviewed_at  timestamptz,
    version              bigint      NOT NULL,
    erased_at            timestamptz,
    erasure_role         text CHECK (erasure_role IN ('TEAM', 'STEWARD', 'REVIEWER', 'ADMINISTRATOR'))
);

CREATE INDEX challenge_by_raised_at ON challenge (raised_at DESC);
CREATE INDEX challenge_evidence ON challenge USING gin (evidence);
