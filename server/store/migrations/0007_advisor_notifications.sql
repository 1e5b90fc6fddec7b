-- The advisor API keeps who a certificate belongs to for a few seconds instead of asking on every request. Any change
-- to advisors, their certificates or teams (a revocation above all) says so on channel confidant_advisors, by
-- whatever path it was made (confidant-admin, SQL by hand), and every server instance forgets what it kept.
CREATE FUNCTION confidant_notify_advisors() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('confidant_advisors', '');
    RETURN NULL;
END
$$;
CREATE TRIGGER advisors_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON advisors
    FOR EACH STATEMENT EXECUTE FUNCTION confidant_notify_advisors();
CREATE TRIGGER advisor_certificates_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON advisor_certificates
    FOR EACH STATEMENT EXECUTE FUNCTION confidant_notify_advisors();
CREATE TRIGGER teams_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON teams
    FOR EACH STATEMENT EXECUTE FUNCTION confidant_notify_advisors();
