-- Anonymous counselling (issue 20): where the company allows it, a customer registers with a pseudonym and no
-- e-mail address. The pseudonym is the login, kept in `email` (unique, lower-cased, never with an "@", so it is never
-- an address); such an account is confirmed at once, gets recovery codes instead of reset links, and no mail at all.
ALTER TABLE customers ADD COLUMN pseudonymous boolean NOT NULL DEFAULT false;
ALTER TABLE customers ADD CONSTRAINT customers_pseudonym_no_mail
    CHECK (NOT pseudonymous OR (notice_mode = 'never' AND position('@' in email) = 0));
