-- The head of the audit chain, anchored every night with a keyed digest (HMAC-SHA256,
-- key from app.audit.anchor-key, never in the database): a recomputed chain no longer
-- matches an anchor, and an anchor cannot be forged without the key. Each anchor is also
-- written to the application log and the JSON-lines export.
create table audit_chain_anchor (
    seq         bigint      not null primary key,
    hash        varchar(64) not null,
    anchored_at timestamp(6) with time zone not null,
    mac         varchar(64) not null
);
