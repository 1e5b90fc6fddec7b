-- Routing and ownership (docs/architecture.md, "Routing and need to know"). A topic belongs to a team; an
-- inquiry lands in its topic's team, or with the customer's fixed advisor; advisors claim, release and transfer
-- it, leads assign, anyone responsible closes it; every change of owner or team is an event.
-- A topic without a team (as every topic before this migration) is a queue shared by all advisors, until
-- `confidant-admin set-topic-team` routes it.
ALTER TABLE topics ADD COLUMN team_id bigint REFERENCES teams(id);
-- How long an answer may take, in working hours of the company calendar (8 h: one working day).
ALTER TABLE topics ADD COLUMN response_target_minutes integer NOT NULL DEFAULT 480
    CHECK (response_target_minutes BETWEEN 1 AND 60000);

ALTER TABLE customers ADD COLUMN fixed_advisor_id bigint REFERENCES advisors(id) ON DELETE SET NULL;

ALTER TABLE inquiries ADD COLUMN team_id bigint REFERENCES teams(id); -- NULL: the shared queue
ALTER TABLE inquiries ADD COLUMN closed_at timestamptz;
UPDATE inquiries SET closed_at = last_activity_at WHERE state = 'closed';
ALTER TABLE inquiries ADD CONSTRAINT inquiries_closed_at CHECK ((state = 'closed') = (closed_at IS NOT NULL));
CREATE INDEX inquiries_team_queue ON inquiries (team_id, waiting_since) WHERE assigned_advisor_id IS NULL AND state <> 'closed';
CREATE INDEX inquiries_owner ON inquiries (assigned_advisor_id) WHERE assigned_advisor_id IS NOT NULL;
CREATE INDEX customers_fixed_advisor ON customers (fixed_advisor_id) WHERE fixed_advisor_id IS NOT NULL;

-- Who moved an inquiry, when, from whom and which team to whom and which team, and why. Never message text.
-- `seq` is the change number the move took: the feed tells an advisor that an inquiry left their scope from it.
CREATE TABLE inquiry_events (
    id               bigserial PRIMARY KEY,
    inquiry_id       bigint NOT NULL REFERENCES inquiries(id) ON DELETE CASCADE,
    kind             text NOT NULL CHECK (kind IN ('routed', 'claimed', 'released', 'transferred', 'assigned', 'closed', 'reopened')),
    actor_advisor_id bigint REFERENCES advisors(id) ON DELETE SET NULL, -- NULL: routing, or the customer reopening
    from_advisor_id  bigint REFERENCES advisors(id) ON DELETE SET NULL,
    to_advisor_id    bigint REFERENCES advisors(id) ON DELETE SET NULL,
    from_team_id     bigint REFERENCES teams(id),
    to_team_id       bigint REFERENCES teams(id),
    note             text CHECK (note IS NULL OR length(note) BETWEEN 1 AND 2000),
    at               timestamptz NOT NULL,
    seq              bigint NOT NULL
);
CREATE INDEX inquiry_events_inquiry ON inquiry_events (inquiry_id, id);
CREATE INDEX inquiry_events_seq ON inquiry_events (seq);
