-- One privacy contact: the privacy statement's (privacy.contact) and the processing
-- register's (governance.privacy-contact) were two settings that could differ or leave the
-- statement without an address. A value set for the register becomes the one contact
-- where the statement had none; the register's setting is gone.
update app_setting
   set setting_value = (select g.setting_value from app_setting g where g.setting_key = 'governance.privacy-contact'),
       changed_at = (select g.changed_at from app_setting g where g.setting_key = 'governance.privacy-contact'),
       changed_by = (select g.changed_by from app_setting g where g.setting_key = 'governance.privacy-contact')
 where setting_key = 'privacy.contact'
   and setting_value = ''
   and exists (select 1 from app_setting g where g.setting_key = 'governance.privacy-contact' and g.setting_value <> '');

insert into app_setting (setting_key, setting_value, changed_at, changed_by)
select 'privacy.contact', g.setting_value, g.changed_at, g.changed_by
  from app_setting g
 where g.setting_key = 'governance.privacy-contact'
   and not exists (select 1 from app_setting p where p.setting_key = 'privacy.contact');

delete from app_setting where setting_key = 'governance.privacy-contact';
