-- xAPI statements waiting for, or sent to, the city's learning record store (LRS). One
-- row per statement id (a UUID derived from the event, so a redelivered event adds
-- nothing). Written only while app.integration.xapi.enabled is on; a sender on one node
-- at a time (ShedLock xapi-send) posts the due rows in batches, with back-off after a
-- failure and FAILED after the last attempt. Kept per the certificates' retention period.
create table xapi_statement (
    statement_id    varchar(36)   primary key,
    employee_id     bigint        not null,
    verb            varchar(40)   not null,
    statement       varchar(8000) not null,
    created_at      timestamp(6) with time zone not null,
    status          varchar(10)   not null,
    attempts        integer       not null,
    next_attempt_at timestamp(6) with time zone not null,
    sent_at         timestamp(6) with time zone,
    last_error      varchar(300)
);
create index xapi_statement_due_idx on xapi_statement (status, next_attempt_at);
create index xapi_statement_employee_idx on xapi_statement (employee_id);
create index xapi_statement_created_idx on xapi_statement (created_at);
