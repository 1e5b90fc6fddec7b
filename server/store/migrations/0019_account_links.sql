-- A customer's address is confirmed by a link mailed to it, and a forgotten password is replaced through one
-- (issue 20). Accounts from before this migration keep working: they count as confirmed when they were made.
ALTER TABLE customers ADD COLUMN verified_at timestamptz;
UPDATE customers SET verified_at = created_at;

-- Single-use links. Only the SHA-256 of a link's token is stored, and only from the moment its mail is written
-- (the sender makes the token then: MailOutboxStore), so neither this table nor the outbox ever holds a token that
-- opens anything. A registration's link carries what that registration chose (name, password hash): confirming
-- the address sets them, so someone who registered another's address first gains nothing when its owner registers
-- and confirms.
CREATE TABLE account_links (
    id            bigserial PRIMARY KEY,
    customer_id   bigint NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    purpose       text NOT NULL CHECK (purpose IN ('verify_address', 'reset_password')),
    token_hash    bytea UNIQUE CHECK (length(token_hash) = 32),
    display_name  text,
    password_hash text,
    created_at    timestamptz NOT NULL,
    expires_at    timestamptz NOT NULL
);
CREATE INDEX account_links_customer ON account_links (customer_id, purpose);
CREATE INDEX account_links_expiry ON account_links (expires_at);

ALTER TABLE mail_outbox DROP CONSTRAINT mail_outbox_kind_check;
ALTER TABLE mail_outbox ADD CONSTRAINT mail_outbox_kind_check
    CHECK (kind IN ('answer_waiting', 'daily_digest', 'verify_address', 'reset_password', 'registration_attempt'));
ALTER TABLE mail_outbox ADD COLUMN link_id bigint REFERENCES account_links(id) ON DELETE CASCADE;

-- A daily digest tells once a day about every answer told of since the last one: `mailed` says whether a notice
-- went out for it already (at once, or in a digest).
ALTER TABLE inquiry_notices ADD COLUMN mailed boolean NOT NULL DEFAULT true;
ALTER TABLE customers ADD COLUMN last_digest_at timestamptz;

-- What the account page lists of a session, so a customer recognises their devices: browser and system, as the
-- browser named them, nothing more (never the address it came from).
ALTER TABLE sessions ADD COLUMN device text NOT NULL DEFAULT '' CHECK (length(device) <= 80);

CREATE OR REPLACE FUNCTION confidant_notice_answer() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    owner bigint;
    mode  text;
BEGIN
    IF NEW.author <> 'advisor' THEN
        RETURN NEW;
    END IF;
    SELECT i.customer_id, c.notice_mode INTO owner, mode FROM inquiries i JOIN customers c ON c.id = i.customer_id WHERE i.id = NEW.inquiry_id;
    IF mode = 'never' THEN
        RETURN NEW;
    END IF;
    INSERT INTO inquiry_notices (inquiry_id, noticed_at, mailed) VALUES (NEW.inquiry_id, NEW.created_at, mode = 'every')
        ON CONFLICT (inquiry_id) DO NOTHING;
    IF FOUND AND mode = 'every' THEN
        INSERT INTO mail_outbox (customer_id, kind, inquiry_id, created_at, next_attempt_at)
        VALUES (owner, 'answer_waiting', NEW.inquiry_id, NEW.created_at, NEW.created_at);
    END IF;
    RETURN NEW;
END $$;
