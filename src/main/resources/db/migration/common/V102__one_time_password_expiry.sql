-- When the password was set: a one-time password (password_change_required) expires after
-- app.login.one-time-password-validity (72 hours by default).
alter table account add column password_set_at timestamp(6) with time zone;
update account set password_set_at = created_at;
