-- The xAPI registration (a random UUID) of each run through a course (scope RUN, the
-- enrolment id) and of each assessment attempt (scope ATTEMPT, the attempt id), made the
-- first time a statement needs it and kept, so every statement of the same run or attempt
-- carries the same registration. Deleted with the statements (retention xapi-statements).
create table xapi_registration (
    scope          varchar(8)  not null,
    ref_id         bigint      not null,
    registration   varchar(36) not null,
    employee_id    bigint      not null,
    created_at     timestamp(6) with time zone not null,
    primary key (scope, ref_id)
);
create unique index xapi_registration_uuid_idx on xapi_registration (registration);
create index xapi_registration_employee_idx on xapi_registration (employee_id);
create index xapi_registration_created_idx on xapi_registration (created_at);
