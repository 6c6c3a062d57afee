CREATE TABLE quick_row (id INTEGER PRIMARY KEY, note TEXT NOT NULL);
INSERT INTO quick_row VALUES (1, 'quick');
-- Each read counts 3 * 10^6 numbers (about a second) in one step, which the bridge cannot interrupt.
CREATE VIEW slow_row AS WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r WHERE n < 3000000)
  SELECT 1 AS id, CAST(count(*) AS TEXT) AS note FROM r;
