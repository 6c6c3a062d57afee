CREATE TABLE quick_row (id BIGINT PRIMARY KEY, note VARCHAR(50) NOT NULL);
INSERT INTO quick_row VALUES (1, 'quick');
-- Each read sleeps 10 s on the server.
CREATE VIEW slow_row AS SELECT CAST(1 AS SIGNED) AS id, IF(SLEEP(10) = 0, 'slept', 'woken') AS note;
