-- How far the customer has read each thread, for the "new answer" marker. A table of its own, so reading takes
-- no change number and leaves the inquiry row alone: the advisors' change feed never sees a customer reading.
CREATE TABLE customer_reads (
    inquiry_id            bigint PRIMARY KEY REFERENCES inquiries(id) ON DELETE CASCADE,
    read_up_to_message_id bigint NOT NULL,
    read_at               timestamptz NOT NULL
);
