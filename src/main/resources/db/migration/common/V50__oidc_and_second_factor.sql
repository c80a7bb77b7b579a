-- Sign-in through the city's identity provider (OpenID Connect) and a second factor (TOTP)
-- for local accounts that hold HR, ADMIN or AUDITOR.

-- An account created by a sign-in through the identity provider has no local password.
alter table account alter column password_hash drop not null;
-- The subject ("sub") the identity provider last signed this account in with, the roles
-- that sign-in gave (EMPLOYEE, MANAGER and those from group claims) and when.
alter table account add column oidc_subject varchar(255);
alter table account add column external_roles varchar(100);
alter table account add column external_sign_in_at timestamp(6) with time zone;

-- The TOTP secret (RFC 6238) of a local account; confirmed once the first code matched.
-- last_used_step refuses a code that was already used (the same 30-second step or older).
create table account_totp (
    account_id     bigint      not null primary key references account (id),
    secret         varchar(64) not null,
    confirmed      boolean     not null,
    created_at     timestamp(6) with time zone not null,
    last_used_step bigint      not null
);

-- One-time recovery codes, stored as SHA-256 hashes (they are random, ~50 bits each).
create table account_recovery_code (
    account_id bigint      not null references account (id),
    code_hash  varchar(64) not null,
    used_at    timestamp(6) with time zone,
    primary key (account_id, code_hash)
);
