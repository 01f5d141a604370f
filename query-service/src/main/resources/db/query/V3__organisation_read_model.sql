-- The organisation read model: who belongs where, as recorded. Membership decides, at request time,
-- who sees a team's private work. No foreign keys between aggregates: a team's events and its
-- region's events travel on different partitions, so a team may arrive before its region.

-- version: sequence number of the last event of the region applied (stewards move it forward).
CREATE TABLE region (
    id            uuid PRIMARY KEY,
    name          text        NOT NULL,
    version       bigint      NOT NULL,
    registered_at timestamptz NOT NULL
);

-- version: sequence number of the last event of the team applied (memberships move it forward).
CREATE TABLE team (
    id            uuid PRIMARY KEY,
    region_id     uuid        NOT NULL,
    name          text        NOT NULL,
    focus         text,
    version       bigint      NOT NULL,
    registered_at timestamptz NOT NULL
);

CREATE INDEX team_by_region ON team (region_id);

-- Current memberships only: MemberRemoved deletes the row.
CREATE TABLE team_member (
    team_id uuid        NOT NULL REFERENCES team (id),
    user_id text        NOT NULL,
    since   timestamptz NOT NULL,
    PRIMARY KEY (team_id, user_id)
);

CREATE INDEX team_member_by_user ON team_member (user_id);

CREATE TABLE steward (
    region_id    uuid        NOT NULL REFERENCES region (id),
    user_id      text        NOT NULL,
    appointed_at timestamptz NOT NULL,
    PRIMARY KEY (region_id, user_id)
);

CREATE INDEX steward_by_user ON steward (user_id);

CREATE TABLE analyst (
    user_id        text PRIMARY KEY,
    appointment_id uuid        NOT NULL,
    appointed_at   timestamptz NOT NULL
);
