CREATE TABLE quick_row (id BIGINT PRIMARY KEY, note VARCHAR(50) NOT NULL);
INSERT INTO quick_row VALUES (1, 'quick');
-- Each read counts 2 * 10^6 pairs (about a second). r2dbc-h2 cannot stop a statement it has started, so the
-- slow statement here is one that ends soon after its caller gave up.
CREATE VIEW slow_row AS SELECT CAST(1 AS BIGINT) AS id, CAST(COUNT(*) AS VARCHAR) AS note
  FROM SYSTEM_RANGE(1, 10000) a, SYSTEM_RANGE(1, 200) b;
