-- The tables of CrossDialectAgreementTest (conformance: Agreement).
CREATE TABLE ag_project (id BIGINT PRIMARY KEY, name VARCHAR);
CREATE TABLE ag_tag (id BIGINT PRIMARY KEY, name VARCHAR, weight DOUBLE PRECISION);
CREATE TABLE ag_project_tag (project_id BIGINT NOT NULL REFERENCES ag_project (id), tag_id BIGINT NOT NULL REFERENCES ag_tag (id),
  PRIMARY KEY (project_id, tag_id));
CREATE TABLE ag_task (
  id BIGINT PRIMARY KEY, project_id BIGINT REFERENCES ag_project (id), title VARCHAR, due TIMESTAMP(6) WITH TIME ZONE,
  done_at TIMESTAMP(6) WITH TIME ZONE, start_day DATE, cost DECIMAL(30, 2), ratio DOUBLE PRECISION, big BIGINT, priority INTEGER);
