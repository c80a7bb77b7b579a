-- "Actie nodig" marks who has no e-mail address (a reminder by mail cannot reach them)
-- and the roster can list them: a fact of the reporting read model, whether the person
-- has an address, never the address itself. The read model is emptied so that the
-- start-up rebuild fills the new column for everyone (it rebuilds an empty read model;
-- the table holds nothing else).

alter table report_person_course add column has_email boolean default true not null;

delete from report_person_course;
