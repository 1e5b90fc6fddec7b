-- Internal notes on a thread (docs/architecture.md, "Internal notes"): advisors only, never on the customer's pages.
-- `seq` is the change number the note took; the inquiry takes it too, so every advisor's client fetches the thread
-- again.
CREATE TABLE inquiry_notes (
    id                bigserial PRIMARY KEY,
    inquiry_id        bigint NOT NULL REFERENCES inquiries(id) ON DELETE CASCADE,
    author_advisor_id bigint REFERENCES advisors(id) ON DELETE SET NULL,
    text              text NOT NULL CHECK (char_length(text) BETWEEN 1 AND 4000),
    at                timestamptz NOT NULL,
    seq               bigint NOT NULL
);
CREATE INDEX inquiry_notes_inquiry ON inquiry_notes (inquiry_id, id);
