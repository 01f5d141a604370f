-- Learning reviewers of a region (round 2): they read its confidential reports. Current appointments only:
-- ReviewerRemoved deletes the row; the region's version orders appointments and removals as for stewards.
CREATE TABLE reviewer (
    region_id    uuid        NOT NULL REFERENCES region (id),
    user_id      text        NOT NULL,
    appointed_at timestamptz NOT NULL,
    PRIMARY KEY (region_id, user_id)
);

CREATE INDEX reviewer_by_user ON reviewer (user_id);
