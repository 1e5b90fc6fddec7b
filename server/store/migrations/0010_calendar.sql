-- The company's working calendar (shared/time/WorkingCalendar), against which topics' response targets count:
-- one row, in the wire format of docs/protocol.md ("Calendar"), validated by the server before it is stored.
-- Until `confidant-admin set-calendar` says otherwise: Monday to Friday 08:00-17:00 in Europe/Berlin, no holidays.
CREATE TABLE working_calendar (
    only_row   boolean PRIMARY KEY DEFAULT true CHECK (only_row),
    calendar   jsonb NOT NULL,
    updated_at timestamptz NOT NULL DEFAULT now()
);
INSERT INTO working_calendar (calendar) VALUES ('{"timeZone": "Europe/Berlin", "holidays": [],
  "hours": {"mon": ["08:00", "17:00"], "tue": ["08:00", "17:00"], "wed": ["08:00", "17:00"], "thu": ["08:00", "17:00"],
            "fri": ["08:00", "17:00"], "sat": null, "sun": null}}');

-- A customer's inquiries are in their fixed advisor's scope; a new fixed advisor is an event on each of them, so the
-- previous one's client learns that they left its scope (AdvisorScope::touchedSince).
ALTER TABLE inquiry_events DROP CONSTRAINT inquiry_events_kind_check;
ALTER TABLE inquiry_events ADD CONSTRAINT inquiry_events_kind_check
    CHECK (kind IN ('routed', 'claimed', 'released', 'transferred', 'assigned', 'closed', 'reopened', 'fixed_advisor'));
