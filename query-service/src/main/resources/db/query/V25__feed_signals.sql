-- #17 item 3: open feeds wait for PostgreSQL's NOTIFY instead of each polling the database. A statement that
-- adds feed entries signals 'ledger_feed'; one that changes who may read what (members, stewards, reviewers,
-- analysts, teams, regions, stopped aggregates) signals 'ledger_rights'. NOTIFY is delivered at commit (never
-- for a rolled-back change) and once per transaction, so a batch of the intake wakes the feeds once.
-- The functions live in public, not in the migrated schema: a rebuild migrates a shadow schema, moves its
-- tables (and their triggers) into public and drops the shadow, which must then hold nothing else.
CREATE OR REPLACE FUNCTION public.ledger_signal_feed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('ledger_feed', '');
    RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION public.ledger_signal_rights() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('ledger_rights', '');
    RETURN NULL;
END $$;

CREATE TRIGGER feed_entry_signal AFTER INSERT ON feed_entry
    FOR EACH STATEMENT EXECUTE FUNCTION public.ledger_signal_feed();
CREATE TRIGGER team_member_signal AFTER INSERT OR UPDATE OR DELETE ON team_member
    FOR EACH STATEMENT EXECUTE FUNCTION public.ledger_signal_rights();
CREATE TRIGGER steward_signal AFTER INSERT OR UPDATE OR DELETE ON steward
    FOR EACH STATEMENT EXECUTE FUNCTION public.ledger_signal_rights();
CREATE TRIGGER reviewer_signal AFTER INSERT OR UPDATE OR DELETE ON reviewer
    FOR EACH STATEMENT EXECUTE FUNCTION public.ledger_signal_rights();
CREATE TRIGGER analyst_signal AFTER INSERT OR UPDATE OR DELETE ON analyst
    FOR EACH STATEMENT EXECUTE FUNCTION public.ledger_signal_rights();
CREATE TRIGGER team_signal AFTER INSERT OR UPDATE OR DELETE ON team
    FOR EACH STATEMENT EXECUTE FUNCTION public.ledger_signal_rights();
CREATE TRIGGER region_signal AFTER INSERT OR UPDATE OR DELETE ON region
    FOR EACH STATEMENT EXECUTE FUNCTION public.ledger_signal_rights();
CREATE TRIGGER stopped_aggregate_signal AFTER INSERT OR UPDATE OR DELETE ON stopped_aggregate
    FOR EACH STATEMENT EXECUTE FUNCTION public.ledger_signal_rights();
