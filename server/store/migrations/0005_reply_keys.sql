-- A reply whose answer was lost on the way is sent again by the client with the same key: it must not be posted
-- twice. The key remembers the first reply for a day; the periodic sweep forgets older keys.
CREATE TABLE reply_keys (
    advisor_id      bigint NOT NULL REFERENCES advisors(id) ON DELETE CASCADE,
    idempotency_key uuid NOT NULL,
    message_id      bigint REFERENCES messages(id) ON DELETE CASCADE,
    created_at      timestamptz NOT NULL,
    PRIMARY KEY (advisor_id, idempotency_key)
);
CREATE INDEX reply_keys_age ON reply_keys (created_at);
