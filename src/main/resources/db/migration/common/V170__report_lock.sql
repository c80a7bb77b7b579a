-- one row per person, locked (in ascending order) while their rows of the report read
-- model are rewritten: listeners and the nightly rebuild that touch the same people then
-- take turns instead of deadlocking
create table report_lock (
    employee_id bigint not null primary key
);
