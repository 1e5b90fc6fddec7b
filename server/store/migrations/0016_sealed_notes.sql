-- Issue 20, audit findings (docs/operations.md, "Keys"; docs/architecture.md, "Retention and deletion").

-- Audit 10: a message body sealed before this migration is bound only to its inquiry and field, so two messages of
-- one inquiry could be swapped in the database unnoticed. The server seals each one again at start, bound to its
-- row and author (RowBoundSealing; SQL has no key); body_v1 marks the ones still to do. Once none is left the
-- column goes, and with it any way of reading a body the old way.
ALTER TABLE messages ADD COLUMN body_v1 boolean NOT NULL DEFAULT false;
UPDATE messages SET body_v1 = true WHERE body_sealed IS NOT NULL;

-- Audit 8: transfer notes and postponement reasons are free text, sealed with the inquiry's key from now on. The
-- plaintext columns stay, nullable, until the server has sealed what they hold (RowBoundSealing too).
ALTER TABLE inquiry_events ADD COLUMN note_sealed bytea;

-- What kind of reason keeps an inquiry longer: the deletion log records this, never the typed text, which stays
-- (sealed) with the postponement and goes with the inquiry. Reasons typed before have no kind: 'other'.
ALTER TABLE deletion_postponements ADD COLUMN reason_sealed bytea, ALTER COLUMN reason DROP NOT NULL,
    ADD COLUMN reason_kind text NOT NULL DEFAULT 'other'
        CHECK (reason_kind IN ('customer_asked', 'open_matter', 'legal_obligation', 'other'));
ALTER TABLE deletion_postponements ALTER COLUMN reason_kind DROP DEFAULT;

-- The log outlives the inquiry, so it keeps no free text at all: the old reasons go, their kind is 'other'.
ALTER TABLE deletion_log ADD COLUMN reason_kind text
    CHECK (reason_kind IN ('customer_asked', 'open_matter', 'legal_obligation', 'other'));
UPDATE deletion_log SET reason_kind = 'other' WHERE kind IN ('postponement', 'legal_hold');
ALTER TABLE deletion_log DROP COLUMN reason,
    ADD CHECK ((kind IN ('postponement', 'legal_hold')) = (reason_kind IS NOT NULL));

CREATE FUNCTION confidant_finish_row_sealing() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    ALTER TABLE messages DROP COLUMN body_v1;
    ALTER TABLE inquiry_events DROP COLUMN note;
    ALTER TABLE deletion_postponements DROP COLUMN reason, ALTER COLUMN reason_sealed SET NOT NULL;
END $$;

-- Nothing to seal (a new database among them): done at once.
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM messages WHERE body_v1) AND NOT EXISTS (SELECT 1 FROM inquiry_events WHERE note IS NOT NULL)
       AND NOT EXISTS (SELECT 1 FROM deletion_postponements) THEN
        PERFORM confidant_finish_row_sealing();
    END IF;
END $$;
