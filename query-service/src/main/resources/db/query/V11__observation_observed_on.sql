-- The day the observed thing happened (ObservationRecorded revision 2), often days before it was
-- recorded. Every observation already stored came from a revision-1 event, which the upcaster dates
-- to the day it was stored in the ledger's calendar: the same day here, so a live model migrated in
-- place equals one rebuilt from the topic.
ALTER TABLE observation ADD COLUMN observed_on date;
UPDATE observation SET observed_on = (recorded_at AT TIME ZONE 'Europe/Prague')::date;
ALTER TABLE observation ALTER COLUMN observed_on SET NOT NULL;
