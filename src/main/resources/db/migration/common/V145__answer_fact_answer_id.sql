-- Answer facts are written by analytics when it hears of an answer or scenario choice,
-- after the answer's transaction. The answer's id makes a second delivery of the same
-- event change nothing: one row per answer and rule. Facts written before have none.

alter table answer_fact add column answer_id uuid;
create unique index answer_fact_answer_idx on answer_fact (answer_id, rule_no);
