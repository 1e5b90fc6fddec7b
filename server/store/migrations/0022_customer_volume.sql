-- When each customer wrote an inquiry or a message in the last hour, for the per-customer hourly limits (audit
-- finding 5 of issue 20). Counted here rather than in a server's memory, so every instance on this database refuses
-- the same write. Only the time is kept, nothing of what was written, and deleting an inquiry does not take its
-- entry back: the limit is on writing, not on what is kept. A customer's entries older than an hour go with their
-- next write.
CREATE TABLE customer_writes (
    id          bigserial PRIMARY KEY,
    customer_id bigint NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    kind        text NOT NULL CHECK (kind IN ('inquiry', 'message')),
    written_at  timestamptz NOT NULL
);
CREATE INDEX customer_writes_window ON customer_writes (customer_id, kind, written_at);

-- The mailbox reads a page at a time (keyset paging on last activity, then id), and an export reads a customer's
-- inquiries by id in chunks: both straight from an index, however many inquiries the customer has.
DROP INDEX inquiries_customer;
CREATE INDEX inquiries_customer_activity ON inquiries (customer_id, last_activity_at, id);
CREATE INDEX inquiries_customer_id ON inquiries (customer_id, id);
