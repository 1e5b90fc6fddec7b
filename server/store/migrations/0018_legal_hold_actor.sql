-- Audit 6 of issue 20: only a lead of the inquiry's team, or an administrator with confidant-admin, sets or lifts a
-- legal hold, and the deletion log says who. by_admin marks the administrator's lines (no advisor is named); a
-- hold's end, whether replaced by a date or lifted outright, is a line of its own kind, so nobody has to infer it
-- from the order of the lines.
ALTER TABLE deletion_log ADD COLUMN by_admin boolean NOT NULL DEFAULT false;
ALTER TABLE deletion_log DROP CONSTRAINT deletion_log_kind_check,
    ADD CONSTRAINT deletion_log_kind_check CHECK (kind IN ('inquiry', 'account', 'postponement', 'legal_hold', 'legal_hold_lifted'));
ALTER TABLE deletion_log DROP CONSTRAINT deletion_log_check,
    ADD CONSTRAINT deletion_log_check CHECK ((kind IN ('postponement', 'legal_hold', 'legal_hold_lifted')) = (reason_kind IS NOT NULL));
ALTER TABLE deletion_log ADD CONSTRAINT deletion_log_admin_check
    CHECK (NOT by_admin OR (advisor_id IS NULL AND NOT automatic AND kind IN ('legal_hold', 'legal_hold_lifted')));
