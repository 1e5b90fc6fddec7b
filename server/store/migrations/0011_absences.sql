-- Absences (docs/architecture.md, "Absences"). While a customer's fixed advisor is away, their new inquiries wait
-- unowned in the advisor's own team queue, held for them (`held_for_advisor_id`); when the absence has ended, the
-- sweep (AbsenceStore::returnHeldInquiries) gives those nobody has taken meanwhile back to them.
-- One advisor's absences never overlap: AbsenceStore replaces what a new one overlaps, under the advisor's row lock
-- (an exclusion constraint would need the btree_gist extension, which a hosted database may not offer).
CREATE TABLE advisor_absences (
    id                bigserial PRIMARY KEY,
    advisor_id        bigint NOT NULL REFERENCES advisors(id) ON DELETE CASCADE,
    starts_at         timestamptz NOT NULL,
    ends_at           timestamptz NOT NULL,
    set_by_advisor_id bigint REFERENCES advisors(id) ON DELETE SET NULL, -- NULL: confidant-admin
    created_at        timestamptz NOT NULL,
    CHECK (ends_at > starts_at)
);
CREATE INDEX advisor_absences_advisor ON advisor_absences (advisor_id, ends_at);

-- Only an inquiry nobody has taken can be held: taking, transferring or closing it clears the mark.
ALTER TABLE inquiries ADD COLUMN held_for_advisor_id bigint REFERENCES advisors(id) ON DELETE SET NULL;
ALTER TABLE inquiries ADD CONSTRAINT inquiries_held_unowned
    CHECK (held_for_advisor_id IS NULL OR (assigned_advisor_id IS NULL AND state <> 'closed'));
CREATE INDEX inquiries_held ON inquiries (held_for_advisor_id) WHERE held_for_advisor_id IS NOT NULL;

-- The routing event of a held inquiry names the absent fixed advisor (from_advisor_id) and until when they are away,
-- so every client says it in its own language and time zone.
ALTER TABLE inquiry_events ADD COLUMN absent_until timestamptz;

-- 'returned': back to the fixed advisor after their absence.
ALTER TABLE inquiry_events DROP CONSTRAINT inquiry_events_kind_check;
ALTER TABLE inquiry_events ADD CONSTRAINT inquiry_events_kind_check
    CHECK (kind IN ('routed', 'claimed', 'released', 'transferred', 'assigned', 'closed', 'reopened', 'fixed_advisor', 'returned'));
