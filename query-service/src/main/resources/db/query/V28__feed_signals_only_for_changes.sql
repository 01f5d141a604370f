-- A statement that changed no rows (an insert that met its conflict, an update or delete that matched nothing)
-- signals nothing: every open feed would read again for nothing. Each trigger sees its statement's rows as the
-- transition table "changed" and signals only when it holds one. One trigger per kind of statement, since a
-- trigger's transition tables are for the events it names. One function, in public as in V25; the channel is the
-- trigger's argument.
CREATE OR REPLACE FUNCTION public.ledger_signal_if_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM changed) THEN
        PERFORM pg_notify(TG_ARGV[0], '');
    END IF;
    RETURN NULL;
END $$;

DROP TRIGGER feed_entry_signal ON feed_entry;
CREATE TRIGGER feed_entry_signal AFTER INSERT ON feed_entry REFERENCING NEW TABLE AS changed
    FOR EACH STATEMENT EXECUTE FUNCTION public.ledger_signal_if_changed('ledger_feed');

DO $$
DECLARE
    rights text;
BEGIN
    FOREACH rights IN ARRAY ARRAY['team_member', 'steward', 'reviewer', 'analyst', 'team', 'region', 'stopped_aggregate']
    LOOP
        EXECUTE format('DROP TRIGGER %I ON %I', rights || '_signal', rights);
        EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %I REFERENCING NEW TABLE AS changed FOR EACH STATEMENT '
            'EXECUTE FUNCTION public.ledger_signal_if_changed(''ledger_rights'')', rights || '_added_signal', rights);
        EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I REFERENCING NEW TABLE AS changed FOR EACH STATEMENT '
            'EXECUTE FUNCTION public.ledger_signal_if_changed(''ledger_rights'')', rights || '_changed_signal', rights);
        EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %I REFERENCING OLD TABLE AS changed FOR EACH STATEMENT '
            'EXECUTE FUNCTION public.ledger_signal_if_changed(''ledger_rights'')', rights || '_removed_signal', rights);
    END LOOP;
END $$;

DROP FUNCTION public.ledger_signal_feed();
DROP FUNCTION public.ledger_signal_rights();
