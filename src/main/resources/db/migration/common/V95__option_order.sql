-- The order in which the options of each question of an attempt, and the choices of each
-- step of a scenario play, are shown: drawn per attempt and per play, so that a position on
-- the screen means nothing and a resumed attempt or play shows the same order.
-- Format: "<question or step id>:<option index>.<option index>...;..." where an option
-- index is the option's index in the file of the run's course version (its identity within
-- that immutable version; answers are stored with the same index). Null for attempts and
-- plays started before this column existed: they were shown in file order, and still are.
alter table assessment_attempt add column option_orders varchar(8000);
alter table scenario_play add column choice_orders varchar(8000);
