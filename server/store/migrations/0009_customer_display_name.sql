-- Advisors address a customer by name, not by e-mail address: the customer gives it when registering. The rules match
-- validation::checkDisplayName, so a name that passed validation never fails here (a failed INSERT would put the row,
-- name included, into the server log).
--
-- Stop-gap for customers who registered before names: the part of their address before '@', control characters
-- removed and spaces collapsed. It is not their name and may say more than they chose to tell; there is no page yet
-- where they can change it.
ALTER TABLE customers ADD COLUMN display_name text;
UPDATE customers SET display_name = coalesce(nullif(btrim(left(regexp_replace(regexp_replace(split_part(email, '@', 1),
    '[\x01-\x1f\x7f-\x9f]', '', 'g'), '\s+', ' ', 'g'), 120)), ''), 'Customer ' || id);
ALTER TABLE customers ALTER COLUMN display_name SET NOT NULL,
    ADD CONSTRAINT customers_display_name_check
        CHECK (char_length(btrim(display_name)) BETWEEN 1 AND 120 AND display_name !~ '[\x01-\x1f\x7f-\x9f]');
