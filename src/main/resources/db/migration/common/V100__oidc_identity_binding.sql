-- An account is bound to one identity of the identity provider: its issuer and the value
-- of its immutable claim (sub, or e.g. Entra's oid). Accounts linked before have a subject
-- but no issuer: they are bound anew at their next sign-in (which then needs a verified
-- claim), because the old subject was overwritten by every sign-in and proves nothing;
-- it stays for the record.
alter table account add column oidc_issuer varchar(255);
create unique index account_oidc_identity on account (oidc_issuer, oidc_subject);
