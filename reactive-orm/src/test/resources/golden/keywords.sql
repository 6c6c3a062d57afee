SELECT JSON_ARRAY(t0."KEY", t0."CURRENT_DATE", t0."CURRENT_USER", t0."USER", t0."ORDER", t0."WINDOW", t0.only, t0."SELECT", t0."LIMIT", t0."OFFSET", t0."VALUE", t0.rank, t0."Mixed Case", COALESCE((SELECT JSON_ARRAYAGG(JSON_ARRAY(t1."KEY", t1."Group By", t1.rank NULL ON NULL) ORDER BY t1.rank DESC NULLS FIRST, t1."KEY") FROM "User" t1 WHERE t1."ORDER" = t0."KEY" AND t1.rank > $1 AND t1."KEY" IN (SELECT t1."KEY" FROM "User" t1 WHERE t1."ORDER" = t0."KEY" AND t1.rank > $1 ORDER BY t1.rank DESC NULLS FIRST, t1."KEY" FETCH FIRST 5 ROWS ONLY)), JSON_ARRAY()) NULL ON NULL) AS j
FROM "ORDER" t0
WHERE (t0."CURRENT_DATE" = $2 AND t0."WINDOW" = $3 AND t0."Mixed Case" IN ($4, $5))
ORDER BY t0."CURRENT_DATE" DESC NULLS FIRST, t0."KEY" FETCH FIRST 10 ROWS ONLY;

SELECT JSON_ARRAY(t0."KEY", t0."Group By", t0.rank, t0."ORDER", (SELECT JSON_ARRAY(t1."KEY", t1."SELECT", t1.only NULL ON NULL) FROM "ORDER" t1 WHERE t1."KEY" = t0."ORDER") NULL ON NULL) AS j
FROM "User" t0
LEFT JOIN "ORDER" p1 ON p1."KEY" = t0."ORDER"
WHERE p1."USER" = $1
ORDER BY p1."ORDER" NULLS LAST, t0."KEY";

SELECT JSON_ARRAY(JSON_ARRAY(t0."KEY", t0."CURRENT_DATE", t0."CURRENT_USER", t0."USER", t0."ORDER", t0."WINDOW", t0.only, t0."SELECT", t0."LIMIT", t0."OFFSET", t0."VALUE", t0.rank, t0."Mixed Case" NULL ON NULL), t0.rank, t0."WINDOW", t0."KEY" NULL ON NULL) AS j
FROM (SELECT t0.* FROM "ORDER" t0 WHERE (t0."CURRENT_DATE" = $1 AND t0."WINDOW" = $2 AND t0."Mixed Case" IN ($3, $4)) AND (t0.rank < $5 OR (t0.rank = $6 AND (t0."WINDOW" > $7 OR t0."WINDOW" IS NULL)) OR (t0.rank = $8 AND t0."WINDOW" = $9 AND t0."KEY" > $10)) ORDER BY t0.rank DESC NULLS FIRST, t0."WINDOW" NULLS LAST, t0."KEY" FETCH FIRST 21 ROWS ONLY) t0
ORDER BY t0.rank DESC NULLS FIRST, t0."WINDOW" NULLS LAST, t0."KEY";

SELECT count(*)
FROM "ORDER" t0
WHERE (t0."CURRENT_DATE" = $1 AND t0."WINDOW" = $2 AND t0."Mixed Case" IN ($3, $4));

INSERT INTO "ORDER" ("CURRENT_DATE", "CURRENT_USER", "USER", "ORDER", "WINDOW", only, "SELECT", "LIMIT", "OFFSET", "VALUE", rank, "Mixed Case") VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12);

INSERT INTO "ORDER" ("KEY", "CURRENT_DATE", "CURRENT_USER", "USER", "ORDER", "WINDOW", only, "SELECT", "LIMIT", "OFFSET", "VALUE", rank, "Mixed Case") VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13), ($14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26);

UPDATE "ORDER" SET "CURRENT_DATE" = $1, "CURRENT_USER" = $2, "USER" = $3, "ORDER" = $4, "WINDOW" = $5, only = $6, "SELECT" = $7, "LIMIT" = $8, "OFFSET" = $9, "VALUE" = $10, rank = $11, "Mixed Case" = $12 WHERE "KEY" = $13;

MERGE INTO "ORDER" ("KEY", "CURRENT_DATE", "CURRENT_USER", "USER", "ORDER", "WINDOW", only, "SELECT", "LIMIT", "OFFSET", "VALUE", rank, "Mixed Case") KEY ("KEY") VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13);

DELETE FROM "ORDER" WHERE "KEY" = $1;

UPDATE "ORDER" SET only = $1, "LIMIT" = "LIMIT" + $2 WHERE ("CURRENT_DATE" = $3 AND "WINDOW" = $4 AND "Mixed Case" IN ($5, $6));

DELETE FROM "ORDER" WHERE ("CURRENT_DATE" = $1 AND "WINDOW" = $2 AND "Mixed Case" IN ($3, $4));

INSERT INTO "ORDER" ("KEY", "CURRENT_DATE", "CURRENT_USER", "USER", "ORDER", "WINDOW", only, "SELECT", "LIMIT", "OFFSET", "VALUE", rank, "Mixed Case") VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13);

MERGE INTO "ORDER" ("KEY", "CURRENT_DATE", "CURRENT_USER", "USER", "ORDER", "WINDOW", only, "SELECT", "LIMIT", "OFFSET", "VALUE", rank, "Mixed Case") KEY ("KEY") VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13);

-- bulk table: "ORDER" ("KEY", "CURRENT_DATE", "CURRENT_USER", "USER", "ORDER", "WINDOW", only, "SELECT", "LIMIT", "OFFSET", "VALUE", rank, "Mixed Case");

-- generated column: key
