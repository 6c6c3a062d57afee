-- The tables of CrossDialectAgreementTest (reactive-orm conformance: Agreement), for MariaDB and MySQL 8.
-- Instants are DATETIME(6) in UTC (the dialect's session time zone is +00:00).
CREATE TABLE ag_project (id BIGINT PRIMARY KEY, name VARCHAR(100)) CHARACTER SET utf8mb4;
CREATE TABLE ag_tag (id BIGINT PRIMARY KEY, name VARCHAR(100), weight DOUBLE) CHARACTER SET utf8mb4;
CREATE TABLE ag_project_tag (project_id BIGINT NOT NULL, tag_id BIGINT NOT NULL, PRIMARY KEY (project_id, tag_id),
  FOREIGN KEY (project_id) REFERENCES ag_project (id), FOREIGN KEY (tag_id) REFERENCES ag_tag (id));
CREATE TABLE ag_task (
  id BIGINT PRIMARY KEY, project_id BIGINT, title VARCHAR(100), due DATETIME(6), done_at DATETIME(6), start_day DATE,
  cost DECIMAL(30, 2), ratio DOUBLE, big BIGINT, priority INT, FOREIGN KEY (project_id) REFERENCES ag_project (id)) CHARACTER SET utf8mb4;
