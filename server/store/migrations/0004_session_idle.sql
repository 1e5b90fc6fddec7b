-- Sessions end after 30 minutes without a request as well as at their absolute end (ASVS 3.3.2), so the time of
-- the last request is kept. Anonymous sessions are gone: the sign-in and registration forms are protected by a
-- signed cookie instead, so a page view without a session writes nothing.
DELETE FROM sessions WHERE customer_id IS NULL;
ALTER TABLE sessions ADD COLUMN last_seen_at timestamptz;
UPDATE sessions SET last_seen_at = created_at;
ALTER TABLE sessions ALTER COLUMN last_seen_at SET NOT NULL;
ALTER TABLE sessions ALTER COLUMN customer_id SET NOT NULL;
