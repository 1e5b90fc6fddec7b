-- Retention and deletion (docs/architecture.md, "Retention and deletion"). The administrator sets how long a closed
-- inquiry of each topic and an inactive customer account are kept; when a deadline passes, advisors see a deletion
-- recommendation and confirm or postpone it, or the server deletes it after an optional grace period. Deleted rows
-- cascade away; what remains is a tombstone (so every client's feed drops the inquiry) and a content-free log entry.

-- NULL: kept until someone deletes it.
ALTER TABLE topics ADD COLUMN retention_days_after_close integer CHECK (retention_days_after_close BETWEEN 1 AND 36500);

-- The inactive-account period counts from here (or from registration, for a customer who never signed in). Nobody
-- knows when existing customers last signed in (sessions are purged), so their period starts with this migration.
ALTER TABLE customers ADD COLUMN last_sign_in_at timestamptz;
UPDATE customers SET last_sign_in_at = now();

-- One row. inactive_account_days NULL: accounts are kept; auto_delete_grace_days NULL: only advisors delete.
CREATE TABLE retention_settings (
    only_row               boolean PRIMARY KEY DEFAULT true CHECK (only_row),
    inactive_account_days  integer CHECK (inactive_account_days BETWEEN 1 AND 36500),
    auto_delete_grace_days integer CHECK (auto_delete_grace_days BETWEEN 0 AND 3650)
);
INSERT INTO retention_settings DEFAULT VALUES;

-- The inquiry's current postponement; a new one replaces it (the log keeps every one). A legal hold has no end:
-- the inquiry is neither recommended nor deleted automatically until an advisor postpones it to a date instead.
CREATE TABLE deletion_postponements (
    inquiry_id bigint PRIMARY KEY REFERENCES inquiries(id) ON DELETE CASCADE,
    until      timestamptz,
    legal_hold boolean NOT NULL,
    reason     text NOT NULL CHECK (char_length(reason) BETWEEN 1 AND 500),
    advisor_id bigint REFERENCES advisors(id) ON DELETE SET NULL,
    at         timestamptz NOT NULL,
    CHECK (legal_hold = (until IS NULL))
);

-- What was deleted or postponed, by whom or which policy, and when; never a subject, a message or a name: the ids
-- point at nothing once the rows are gone. No foreign keys to what it names, for the same reason.
-- team_id: the deleted inquiry's team (NULL: the shared queue), so an advisor reads the entries of their team.
CREATE TABLE deletion_log (
    id            bigserial PRIMARY KEY,
    kind          text NOT NULL CHECK (kind IN ('inquiry', 'account', 'postponement', 'legal_hold')),
    inquiry_id    bigint,
    customer_id   bigint NOT NULL,
    team_id       bigint,
    inquiry_count integer NOT NULL DEFAULT 0,
    message_count integer NOT NULL DEFAULT 0,
    policy        text CHECK (policy IN ('closed_inquiry', 'inactive_account', 'customer_request')),
    advisor_id    bigint REFERENCES advisors(id) ON DELETE SET NULL, -- NULL with automatic: the sweep
    automatic     boolean NOT NULL,
    reason        text CHECK (reason IS NULL OR char_length(reason) BETWEEN 1 AND 500),
    until         timestamptz,
    at            timestamptz NOT NULL
);
CREATE INDEX deletion_log_at ON deletion_log (at DESC, id DESC);

-- A deleted inquiry's id and the change number of its deletion: the change feed hands it to every reader as
-- removed, so every client drops it, also one that was offline and asks from an older cursor.
CREATE TABLE inquiry_tombstones (
    inquiry_id bigint PRIMARY KEY,
    seq        bigint NOT NULL,
    deleted_at timestamptz NOT NULL
);
CREATE INDEX inquiry_tombstones_seq ON inquiry_tombstones (seq);

-- Finding due inquiries reads closed ones only.
CREATE INDEX inquiries_closed ON inquiries (topic_id, closed_at) WHERE state = 'closed';
