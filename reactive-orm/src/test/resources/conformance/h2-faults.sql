CREATE TABLE quick_row (id BIGINT PRIMARY KEY, note VARCHAR(50) NOT NULL);
INSERT INTO quick_row VALUES (1, 'quick');
-- Each read sleeps 800 ms in the database. r2dbc-h2 cannot stop a statement it has started, so the slow statement
-- here is one that ends soon after its caller gave up, whatever the machine's speed.
CREATE ALIAS IF NOT EXISTS PAUSE_MILLIS FOR 'io.reactiveorm.testing.Pause.millis';
CREATE VIEW slow_row AS SELECT CAST(1 AS BIGINT) AS id, CAST(PAUSE_MILLIS(800) AS VARCHAR) AS note;
