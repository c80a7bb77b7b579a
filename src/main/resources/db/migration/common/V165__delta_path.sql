-- A run (enrolment) on the "Wat is er veranderd" path: only the material of the rules that
-- changed since the previous major version (the course version's delta.yaml). Decided when
-- the run starts (a valid certificate of the previous major version) and kept with the run,
-- like the refresher flag; runs before this column took the whole course.
alter table enrolment add column delta boolean default false not null;
