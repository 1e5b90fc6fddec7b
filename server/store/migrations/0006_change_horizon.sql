-- Change numbers come from the writing transaction's id instead of a one-row counter whose row lock made every
-- writer wait for the one before it to commit. Readers hand out only numbers below the oldest transaction still
-- in flight (the horizon), so a number can never show up later below one a reader has already passed.
-- Why not a sequence, and what the horizon costs: docs/protocol.md, "Change feed".

-- One row: added to every transaction id so that new numbers continue above the old counter's. A client that saw
-- counter value N keeps asking with since=N and must get every change made after this migration.
CREATE TABLE change_number_offset (
    only_row boolean PRIMARY KEY DEFAULT true CHECK (only_row),
    value    bigint NOT NULL CHECK (value >= 0)
);
-- Every later transaction has a larger id than this one, so its number is above the counter's last value.
INSERT INTO change_number_offset (value)
SELECT greatest(0, value + 1 - pg_current_xact_id()::text::bigint) FROM change_counter;

DROP TABLE change_counter;

-- The number of the calling transaction's changes; gives the transaction an id if it has none yet. xid8 carries
-- the epoch, so numbers do not wrap around. Subtransactions share the top-level id.
CREATE FUNCTION confidant_change_number() RETURNS bigint LANGUAGE sql VOLATILE AS $$
    SELECT pg_current_xact_id()::text::bigint + value FROM change_number_offset
$$;

-- Every number below this belongs to a transaction that has ended: committed and visible to the calling
-- statement, or rolled back and never visible. STABLE is essential: a VOLATILE SQL function takes a fresh snapshot
-- in READ COMMITTED, and the horizon must come from the same snapshot as the rows read beside it.
-- The snapshot's xmin is the oldest transaction id still running in the whole cluster (other databases too);
-- read-only transactions have no id and do not hold it back.
CREATE FUNCTION confidant_change_horizon() RETURNS bigint LANGUAGE sql STABLE AS $$
    SELECT pg_snapshot_xmin(pg_current_snapshot())::text::bigint + value FROM change_number_offset
$$;

-- Several inquiries changed in one transaction share its number; id orders them within it for paging.
DROP INDEX inquiries_seq;
CREATE INDEX inquiries_seq ON inquiries (seq, id);
