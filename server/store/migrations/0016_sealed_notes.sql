-- Issue 20, audit findings (docs/operations.md, "Keys").

-- Audit 10: a message body sealed before this migration is bound only to its inquiry and field, so two messages of
-- one inquiry could be swapped in the database unnoticed. The server seals each one again at start, bound to its
-- row and author (RowBoundSealing; SQL has no key); body_v1 marks the ones still to do. Once none is left the
-- column goes, and with it any way of reading a body the old way.
ALTER TABLE messages ADD COLUMN body_v1 boolean NOT NULL DEFAULT false;
UPDATE messages SET body_v1 = true WHERE body_sealed IS NOT NULL;

CREATE FUNCTION confidant_finish_row_sealing() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    ALTER TABLE messages DROP COLUMN body_v1;
END $$;

-- Nothing to seal again (a new database among them): done at once.
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM messages WHERE body_v1) THEN
        PERFORM confidant_finish_row_sealing();
    END IF;
END $$;
