-- Erasure (issue 11): an erased item's text is null in every read model, and the item says when and by
-- whom (TEAM or ADMINISTRATOR) it was erased. A rebuild from the topic after an erasure reads the text as
-- null (its key is gone) and the erasure event sets the same dates.
ALTER TABLE experiment ALTER COLUMN question DROP NOT NULL;
ALTER TABLE experiment ADD COLUMN erased_at timestamptz,
    ADD COLUMN erased_by text CHECK (erased_by IN ('TEAM', 'ADMINISTRATOR'));
ALTER TABLE observation ADD COLUMN erased_at timestamptz,
    ADD COLUMN erased_by text CHECK (erased_by IN ('TEAM', 'ADMINISTRATOR'));

-- revision: the number of the draft the learning row holds (the draft is 1, each revision one more), so
-- erasing revision n blanks the draft only while it is that one. Rows stored before count their drafts
-- and revisions in history, as a replay numbers them.
ALTER TABLE learning ADD COLUMN revision integer NOT NULL DEFAULT 1,
    ADD COLUMN draft_erased_at timestamptz,
    ADD COLUMN draft_erased_by text CHECK (draft_erased_by IN ('TEAM', 'ADMINISTRATOR'));
UPDATE learning l SET revision = greatest(1, (SELECT count(*) FROM history_event h
                                              WHERE h.learning_id = l.id AND h.kind IN ('drafted', 'revised')));
ALTER TABLE learning_version ADD COLUMN erased_at timestamptz,
    ADD COLUMN erased_by text CHECK (erased_by IN ('TEAM', 'ADMINISTRATOR'));

-- History: the revision a draft or revision row is (to find it when it is erased), and the erasure.
ALTER TABLE history_event ADD COLUMN revision integer,
    ADD COLUMN erased_at timestamptz,
    ADD COLUMN erased_by text CHECK (erased_by IN ('TEAM', 'ADMINISTRATOR'));
UPDATE history_event h SET revision = n.number
FROM (SELECT position, row_number() OVER (PARTITION BY learning_id ORDER BY sequence) AS number
      FROM history_event WHERE kind IN ('drafted', 'revised')) n
WHERE n.position = h.position;
-- Feed entries keep their erasure in the payload they show (erasedAt, erasedBy).
