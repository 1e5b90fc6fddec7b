-- Two-factor sign-in for customers (issue 20): a TOTP secret per customer and ten single-use recovery codes.
-- The secret is a random 256-bit key wrapped like an inquiry's data key, with the customer bound into the
-- associated data (KeyRing, KeyOwner::customerSecret); the codes use its first 160 bits. So a dump of the database
-- alone makes no codes, a rotation wraps the secrets again with the inquiries' keys, and closing the account deletes
-- them (ON DELETE CASCADE).
CREATE TABLE customer_totp (
    customer_id    bigint PRIMARY KEY REFERENCES customers(id) ON DELETE CASCADE,
    epoch          integer NOT NULL REFERENCES key_epochs(epoch),
    wrapped_secret bytea NOT NULL CHECK (length(wrapped_secret) = 61),
    created_at     timestamptz NOT NULL,
    -- NULL while enrolment waits for the first code from the app; only then does sign-in ask for codes.
    enabled_at     timestamptz,
    -- The 30-second step of the last code accepted: a code is accepted only for a later step, so never twice.
    last_step      bigint NOT NULL DEFAULT 0
);
CREATE INDEX customer_totp_epoch ON customer_totp (epoch);

-- SHA-256 of each unused recovery code (80 random bits each: beyond guessing, so no slow hash is needed). A used
-- code's row is deleted; new codes replace every old one.
CREATE TABLE customer_recovery_codes (
    customer_id bigint NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    code_hash   bytea NOT NULL CHECK (length(code_hash) = 32),
    PRIMARY KEY (customer_id, code_hash)
);
