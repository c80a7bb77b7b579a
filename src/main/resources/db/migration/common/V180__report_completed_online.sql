-- The report says how many of who completed did so online (with a certificate of this
-- application) and how many in a classroom or from before the application: a fact of the
-- reporting read model. The read model is emptied so that the start-up rebuild fills the
-- new column for everyone (it rebuilds an empty read model; the table holds nothing else).

alter table report_person_course add column completed_online boolean default false not null;

delete from report_person_course;
