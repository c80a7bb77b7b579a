-- When retention erased a leaver's name, e-mail, manager and sponsor from the roster row
-- (the row stays: accounts, assignments and certificates point to it).
alter table employee add column personal_data_erased_at timestamp(6) with time zone;
