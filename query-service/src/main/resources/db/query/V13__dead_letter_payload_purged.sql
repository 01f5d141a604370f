-- Nothing kept longer than needed (DESIGN principle 8): a dead letter's payload (the record's bytes) is purged
-- once it is older than ledger.query.dead-letters.keep-payload; its position, aggregate, reason and dates stay,
-- and so does the event's type name (no content), read from the payload as it is purged so the list still says
-- what it was. Part of every schema a rebuild migrates; a switch carries these from the live rows over.
ALTER TABLE dead_letter ADD COLUMN payload_purged_at timestamptz;
ALTER TABLE dead_letter ADD COLUMN event_type text;
CREATE INDEX dead_letter_payload_kept ON dead_letter (received_at) WHERE payload_purged_at IS NULL;
