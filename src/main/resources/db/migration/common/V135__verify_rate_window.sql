-- The rate limit of the public verify page, shared by every node: one row per client
-- address (as a SHA-256 digest) with the start of its window and the verifications in it.
-- A row is deleted once its window has passed.
create table verify_rate_window (
    address_hash varchar(64)                 not null primary key,
    window_start timestamp(6) with time zone not null,
    hits         integer                     not null
);

create index verify_rate_window_start on verify_rate_window (window_start);
