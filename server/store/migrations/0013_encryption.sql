-- Subjects, message bodies and internal notes are stored encrypted (docs/operations.md, "Keys"): AES-256-GCM under
-- a data key per inquiry, kept here only wrapped with a key-encryption key (KEK) from the key ring file outside the
-- database. Deleting an inquiry deletes its wrapped key (ON DELETE CASCADE); rotating the KEKs afterwards is what
-- makes the copy of that wrapped key in an older dump useless.

-- The epochs of KEKs that rows may name. A rotation deletes an epoch once no row names it; a server still holding
-- the old key ring then cannot write a key wrapped with the retired KEK (the foreign key refuses it).
CREATE TABLE key_epochs (
    epoch integer PRIMARY KEY CHECK (epoch > 0)
);

CREATE TABLE inquiry_keys (
    inquiry_id  bigint PRIMARY KEY REFERENCES inquiries(id) ON DELETE CASCADE,
    epoch       integer NOT NULL REFERENCES key_epochs(epoch),
    -- version || nonce || AES-256-GCM(data key) || tag: 1 + 12 + 32 + 16 bytes
    wrapped_key bytea NOT NULL CHECK (length(wrapped_key) = 61)
);
-- A rotation looks for the keys of older epochs.
CREATE INDEX inquiry_keys_epoch ON inquiry_keys (epoch);

-- version || nonce || ciphertext || tag (TextCipher). The plaintext columns stay, nullable, until the server has
-- encrypted what they hold (PlaintextSealing, at start; SQL has no key), then confidant_drop_plaintext() drops them.
ALTER TABLE inquiries ADD COLUMN subject_sealed bytea, ALTER COLUMN subject DROP NOT NULL;
ALTER TABLE messages ADD COLUMN body_sealed bytea, ALTER COLUMN body DROP NOT NULL;
ALTER TABLE inquiry_notes ADD COLUMN text_sealed bytea, ALTER COLUMN text DROP NOT NULL;

CREATE FUNCTION confidant_drop_plaintext() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    ALTER TABLE inquiries DROP COLUMN subject, ALTER COLUMN subject_sealed SET NOT NULL;
    ALTER TABLE messages DROP COLUMN body, ALTER COLUMN body_sealed SET NOT NULL;
    ALTER TABLE inquiry_notes DROP COLUMN text, ALTER COLUMN text_sealed SET NOT NULL;
END $$;

-- A new database (and one that never held an inquiry) has nothing to encrypt: its plaintext columns go at once.
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM inquiries) THEN
        PERFORM confidant_drop_plaintext();
    END IF;
END $$;
