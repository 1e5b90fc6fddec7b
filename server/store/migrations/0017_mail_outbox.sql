-- Addresses and names as the accounts now compare them (validation::normalisedEmail, normalisedName): Unicode NFC.
-- An address whose NFC form another account already has is left as it is; that account is the one found.
UPDATE customers c SET email = normalize(c.email, NFC)
WHERE c.email <> normalize(c.email, NFC) AND NOT EXISTS (SELECT 1 FROM customers o WHERE o.email = normalize(c.email, NFC));
UPDATE customers SET display_name = normalize(display_name, NFC) WHERE display_name <> normalize(display_name, NFC);

-- How a customer wants to be told that an answer waits, and in which language. The notice names nothing: no
-- subject, no advisor, no text; only that something waits, and the link.
ALTER TABLE customers
    ADD COLUMN notice_mode text NOT NULL DEFAULT 'every' CHECK (notice_mode IN ('every', 'daily', 'never')),
    ADD COLUMN notice_language text NOT NULL DEFAULT 'de' CHECK (notice_language IN ('de', 'en'));

-- Mail that is still to be sent. A row goes when the relay has accepted it; nothing of a sent mail is kept. The
-- recipient's address is read when the mail is written, so a customer who is deleted meanwhile gets nothing.
-- state: 'pending' (to be sent at next_attempt_at), 'claimed' (a sender is talking to the relay and has not sent
-- the message's end yet: if it crashed, sending again is safe once the claim is old), 'committing' (the end of the
-- message went out: the relay may have it, so it is never sent again; a crash here loses this one mail instead
-- of sending it twice).
CREATE TABLE mail_outbox (
    id              bigserial PRIMARY KEY,
    customer_id     bigint NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    kind            text NOT NULL CHECK (kind IN ('answer_waiting')),
    inquiry_id      bigint REFERENCES inquiries(id) ON DELETE CASCADE,
    created_at      timestamptz NOT NULL,
    next_attempt_at timestamptz NOT NULL,
    attempts        integer NOT NULL DEFAULT 0,
    state           text NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'claimed', 'committing')),
    claimed_at      timestamptz
);
CREATE INDEX mail_outbox_due ON mail_outbox (next_attempt_at) WHERE state = 'pending';

-- One notice per inquiry until the customer has read it: a row here means "told, not yet read since".
CREATE TABLE inquiry_notices (
    inquiry_id  bigint PRIMARY KEY REFERENCES inquiries(id) ON DELETE CASCADE,
    noticed_at  timestamptz NOT NULL
);

-- In the reply's own transaction, so a reply without its notice cannot commit, and the advisor's request waits
-- for one INSERT, never for mail.
CREATE FUNCTION confidant_notice_answer() RETURNS trigger LANGUAGE plpgsql AS $$
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
    INSERT INTO inquiry_notices (inquiry_id, noticed_at) VALUES (NEW.inquiry_id, NEW.created_at) ON CONFLICT (inquiry_id) DO NOTHING;
    IF FOUND AND mode = 'every' THEN
        INSERT INTO mail_outbox (customer_id, kind, inquiry_id, created_at, next_attempt_at)
        VALUES (owner, 'answer_waiting', NEW.inquiry_id, NEW.created_at, NEW.created_at);
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER messages_notice_answer AFTER INSERT ON messages FOR EACH ROW EXECUTE FUNCTION confidant_notice_answer();

-- Reading the thread ends "told": the next answer is worth a notice again.
CREATE FUNCTION confidant_notice_read() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM inquiry_notices WHERE inquiry_id = NEW.inquiry_id;
    RETURN NEW;
END $$;
CREATE TRIGGER customer_reads_notice_read AFTER INSERT OR UPDATE ON customer_reads FOR EACH ROW EXECUTE FUNCTION confidant_notice_read();
