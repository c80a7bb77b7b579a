-- Reporting read model: per person and course the base facts of the shared status model,
-- owned by reporting and refreshed from the owners' services (events and a nightly
-- rebuild). The time-dependent status is never stored: queries derive it with :today.

create table report_person_course (
    employee_id     bigint       not null,
    course_id       varchar(80)  not null,
    employee_number varchar(40)  not null,
    display_name    varchar(300) not null,
    department_code varchar(40)  not null,
    department_name varchar(200) not null,
    manager_id      bigint,
    worker_type     varchar(20)  not null,
    start_date      date         not null,
    end_date        date,
    reason          varchar(20),
    is_open         boolean      not null,
    due_on          date,
    deferred_until  date,
    exempt          boolean      not null,
    completed_on    date,
    valid_until     date,
    in_progress     boolean      not null,
    refreshed_at    timestamp(6) with time zone not null,
    primary key (employee_id, course_id)
);
create index report_pc_department_idx on report_person_course (course_id, department_code);
create index report_pc_manager_idx on report_person_course (manager_id);
create index report_pc_name_idx on report_person_course (course_id, display_name);
