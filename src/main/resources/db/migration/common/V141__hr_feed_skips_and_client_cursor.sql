-- The completion feed never breaks the act it reports: an event it cannot record (a
-- person the roster does not know) is skipped, logged and kept here, once per event key,
-- so that an administrator sees it on "Koppelingen". No person's id: the reason names
-- what was missing.
create table hr_feed_skipped (
    event_key  varchar(120) primary key,
    kind       varchar(30)  not null,
    reason     varchar(300) not null,
    skipped_at timestamp(6) with time zone not null
);
create index hr_feed_skipped_at_idx on hr_feed_skipped (skipped_at);

-- The cursor a client last asked from ("after"): everything up to it the HR system has
-- taken in, so an administrator sees how far behind a client is.
alter table hr_feed_client add column last_cursor bigint;
