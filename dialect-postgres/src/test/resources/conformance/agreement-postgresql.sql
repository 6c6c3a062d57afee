-- The tables of CrossDialectAgreementTest (reactive-orm conformance: Agreement).
CREATE TABLE ag_project (id bigint PRIMARY KEY, name text);
CREATE TABLE ag_tag (id bigint PRIMARY KEY, name text, weight double precision);
CREATE TABLE ag_project_tag (project_id bigint NOT NULL REFERENCES ag_project (id), tag_id bigint NOT NULL REFERENCES ag_tag (id),
  PRIMARY KEY (project_id, tag_id));
CREATE TABLE ag_task (
  id bigint PRIMARY KEY, project_id bigint REFERENCES ag_project (id), title text, due timestamptz(6), done_at timestamptz(6),
  start_day date, cost numeric(30, 2), ratio double precision, big bigint, priority integer);
