-- The tables of CrossDialectAgreementTest (reactive-orm conformance: Agreement). Decimals and instants are TEXT:
-- exact, and ordered by value through the bridge's ro_decimal and ro_instant collations.
CREATE TABLE ag_project (id INTEGER PRIMARY KEY, name TEXT);
CREATE TABLE ag_tag (id INTEGER PRIMARY KEY, name TEXT, weight REAL);
CREATE TABLE ag_project_tag (project_id INTEGER NOT NULL REFERENCES ag_project (id), tag_id INTEGER NOT NULL REFERENCES ag_tag (id),
  PRIMARY KEY (project_id, tag_id));
CREATE TABLE ag_task (
  id INTEGER PRIMARY KEY, project_id INTEGER REFERENCES ag_project (id), title TEXT, due TEXT, done_at TEXT, start_day TEXT,
  cost TEXT, ratio REAL, big INTEGER, priority INTEGER);
