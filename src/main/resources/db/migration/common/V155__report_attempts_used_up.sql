-- "Actie nodig" shows who used every test attempt without passing (only HR can let them
-- go on): a fact of the reporting read model, refreshed from learning's events like the
-- others. The read model is emptied so that the start-up rebuild fills the new column for
-- everyone (it rebuilds an empty read model; the table holds nothing else).

alter table report_person_course add column attempts_used_up boolean default false not null;

delete from report_person_course;
