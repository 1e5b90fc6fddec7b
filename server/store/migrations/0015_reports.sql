-- Statistics and team reports (docs/protocol.md, "Reports"; server/store/ReportStore). Reports are computed in SQL
-- from metadata only, in a read-only transaction, so they can run on a replica.

-- When an inquiry first got an advisor's answer, and from whom: the first-response figures read one row per inquiry
-- instead of searching its messages. The advisor's reply sets both while they are still empty (InquiryStore).
ALTER TABLE inquiries ADD COLUMN first_response_at timestamptz;
ALTER TABLE inquiries ADD COLUMN first_response_advisor_id bigint REFERENCES advisors(id) ON DELETE SET NULL;
UPDATE inquiries i SET first_response_at = first.created_at, first_response_advisor_id = first.advisor_id
FROM (SELECT DISTINCT ON (inquiry_id) inquiry_id, created_at, advisor_id FROM messages WHERE author = 'advisor'
      ORDER BY inquiry_id, created_at, id) first
WHERE first.inquiry_id = i.id;

-- What the report's statements look for by time: inquiries written, first answered, closings, reopenings and
-- transfers, and advisors' messages in the period, all of them and one advisor's (with the inquiry, so the index
-- alone answers).
CREATE INDEX inquiries_created ON inquiries (created_at);
CREATE INDEX inquiries_first_response ON inquiries (first_response_at) WHERE first_response_at IS NOT NULL;
CREATE INDEX inquiries_open ON inquiries (team_id) WHERE state <> 'closed';
-- A team's inquiries with their topics and when they were written, for joining the period's messages and closings to
-- them: read from the index alone rather than from every row of the table (1M inquiries, a 30-day team report: the
-- messages 470 -> 195 ms, the closings 205 -> 135 ms).
CREATE INDEX inquiries_team ON inquiries (team_id, id) INCLUDE (topic_id, created_at);
CREATE INDEX inquiry_events_kind_at ON inquiry_events (kind, at);
CREATE INDEX messages_answers ON messages (created_at) INCLUDE (inquiry_id) WHERE author = 'advisor';
CREATE INDEX messages_advisor_answers ON messages (advisor_id, created_at) INCLUDE (inquiry_id) WHERE author = 'advisor';

-- Working time in SQL. The server passes the calendar's working intervals (WorkingCalendar::workingIntervals) as
-- sorted arrays of epoch milliseconds: starts, ends, and the working time before each interval. A moment's working
-- milliseconds count from the first interval; the working time between two moments is the difference of theirs.
-- Each function is one expression without FROM, so PostgreSQL inlines it into the statement: per row it costs a few
-- binary searches (width_bucket), not a function call (measured: a call per row made a 30-day report 5x slower).
CREATE FUNCTION confidant_epoch_ms(moment timestamptz) RETURNS bigint
LANGUAGE sql STABLE PARALLEL SAFE AS $$
    SELECT (extract(epoch FROM moment) * 1000)::bigint
$$;

CREATE FUNCTION confidant_working_ms_at(ms bigint, starts bigint[], ends bigint[], before bigint[]) RETURNS bigint
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT coalesce(before[width_bucket(ms, starts)]
                    + least(ms - starts[width_bucket(ms, starts)], ends[width_bucket(ms, starts)] - starts[width_bucket(ms, starts)]), 0)
$$;

CREATE FUNCTION confidant_working_ms(moment timestamptz, starts bigint[], ends bigint[], before bigint[]) RETURNS bigint
LANGUAGE sql STABLE PARALLEL SAFE AS $$
    SELECT confidant_working_ms_at(confidant_epoch_ms(moment), starts, ends, before)
$$;

-- Whether an inquiry waiting since `waiting` has passed its due time at `now_ms` (shared/time/ResponseTarget): the
-- due time is the first moment `target_ms` of working time have passed, and an answer exactly then is still on time.
-- With exactly the target passed, `now_ms` is past the due time unless working time runs right up to it (then it is
-- the due time itself).
CREATE FUNCTION confidant_overdue_ms(waiting bigint, now_ms bigint, target_ms bigint, starts bigint[], ends bigint[],
                                     before bigint[]) RETURNS boolean
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT now_ms > waiting
       AND (confidant_working_ms_at(now_ms, starts, ends, before) - confidant_working_ms_at(waiting, starts, ends, before) > target_ms
            OR (confidant_working_ms_at(now_ms, starts, ends, before) - confidant_working_ms_at(waiting, starts, ends, before) = target_ms
                AND NOT coalesce(now_ms > starts[width_bucket(now_ms, starts)] AND now_ms <= ends[width_bucket(now_ms, starts)], false)))
$$;

CREATE FUNCTION confidant_overdue(waiting timestamptz, at_now timestamptz, target_ms bigint, starts bigint[], ends bigint[],
                                  before bigint[]) RETURNS boolean
LANGUAGE sql STABLE PARALLEL SAFE AS $$
    SELECT confidant_overdue_ms(confidant_epoch_ms(waiting), confidant_epoch_ms(at_now), target_ms, starts, ends, before)
$$;
