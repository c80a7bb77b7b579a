-- Sessions of an account signed in before this moment end at their next request: set when
-- a role is revoked, the password or second factor is reset, or the person leaves.
alter table account add column sessions_revoked_at timestamp(6) with time zone;
