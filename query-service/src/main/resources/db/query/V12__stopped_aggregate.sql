-- Fail closed: an aggregate one of whose records could not be read or applied (or arrived after a gap in its
-- sequence) is stopped. No later event of it is applied until an administrator retries; they are kept in
-- dead_letter as held. Readers outside the owning team get nothing of a stopped learning; a stopped team
-- grants no membership, a stopped region no stewardship. Part of every schema a rebuild migrates, so a
-- rebuilt model stops where the live one did (the same records fail the same way) and answers alike.
CREATE TABLE stopped_aggregate (
    aggregate_id uuid PRIMARY KEY,
    sequence     bigint,               -- of the record that stopped it; null when that record had none
    reason       text        NOT NULL,
    stopped_at   timestamptz NOT NULL
);

-- Which aggregate a dead letter belongs to, where it could be read (so a retry can take it up in order), and
-- whether it was held behind a stop rather than refused itself.
ALTER TABLE dead_letter ADD COLUMN aggregate_id uuid;
ALTER TABLE dead_letter ADD COLUMN sequence bigint;
ALTER TABLE dead_letter ADD COLUMN held boolean NOT NULL DEFAULT false;
CREATE INDEX dead_letter_by_aggregate ON dead_letter (aggregate_id, sequence) WHERE aggregate_id IS NOT NULL;
