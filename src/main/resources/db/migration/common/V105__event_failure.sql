-- The last error of an event publication whose listener failed (operations feature):
-- shown to administrators next to the incomplete publication, forgotten once it completes.
create table event_failure (
    publication_id uuid not null primary key,
    error          varchar(500) not null,
    failed_at      timestamp with time zone not null,
    failures       integer not null
);
