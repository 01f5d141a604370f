-- The command side's own view of the organisation, kept by a subscribing event processor in the
-- same transaction as the events, so a command sees every membership change committed before it.
CREATE TABLE directory_region (
    region_id UUID PRIMARY KEY
);
CREATE TABLE directory_team (
    team_id   UUID PRIMARY KEY,
    region_id UUID NOT NULL REFERENCES directory_region (region_id)
);
CREATE TABLE directory_member (
    team_id UUID         NOT NULL REFERENCES directory_team (team_id),
    user_id VARCHAR(200) NOT NULL,
    PRIMARY KEY (team_id, user_id)
);
