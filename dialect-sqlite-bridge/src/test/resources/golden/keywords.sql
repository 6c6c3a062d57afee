SELECT json_array(t0."key", t0."current_date", t0.current_user, t0.user, t0."order", t0."window", t0.only, t0."select", t0."limit", t0."offset", t0.value, t0.rank, t0."Mixed Case", json((SELECT json_group_array(json(x.j) ORDER BY x.o0 DESC NULLS FIRST, x.o1) FROM (SELECT json_array(t1."key", t1."Group By", t1.rank) AS j, t1.rank AS o0, t1."key" AS o1 FROM "User" t1 WHERE t1."order" = t0."key" AND t1.rank > ?1 ORDER BY t1.rank DESC NULLS FIRST, t1."key" LIMIT 5) x))) AS j
FROM "order" t0
WHERE (t0."current_date" = ?2 AND t0."window" = ?3 AND t0."Mixed Case" IN (?4, ?5))
ORDER BY t0."current_date" DESC NULLS FIRST, t0."key" LIMIT 10;

SELECT json_array(t0."key", t0."Group By", t0.rank, t0."order", json((SELECT json_array(t1."key", t1."select", t1.only) FROM "order" t1 WHERE t1."key" = t0."order"))) AS j
FROM "User" t0
LEFT JOIN "order" p1 ON p1."key" = t0."order"
WHERE p1.user = ?1
ORDER BY p1."order" NULLS LAST, t0."key";

SELECT json_array(json_array(t0."key", t0."current_date", t0.current_user, t0.user, t0."order", t0."window", t0.only, t0."select", t0."limit", t0."offset", t0.value, t0.rank, t0."Mixed Case"), t0.rank, t0."window", t0."key") AS j
FROM (SELECT t0.* FROM "order" t0 WHERE (t0."current_date" = ?1 AND t0."window" = ?2 AND t0."Mixed Case" IN (?3, ?4)) AND (t0.rank < ?5 OR (t0.rank = ?6 AND (t0."window" > ?7 OR t0."window" IS NULL)) OR (t0.rank = ?8 AND t0."window" = ?9 AND t0."key" > ?10)) ORDER BY t0.rank DESC NULLS FIRST, t0."window" NULLS LAST, t0."key" LIMIT 21) t0
ORDER BY t0.rank DESC NULLS FIRST, t0."window" NULLS LAST, t0."key";

SELECT count(*)
FROM "order" t0
WHERE (t0."current_date" = ?1 AND t0."window" = ?2 AND t0."Mixed Case" IN (?3, ?4));

INSERT INTO "order" ("current_date", current_user, user, "order", "window", only, "select", "limit", "offset", value, rank, "Mixed Case") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12);

INSERT INTO "order" ("key", "current_date", current_user, user, "order", "window", only, "select", "limit", "offset", value, rank, "Mixed Case") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13), (?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25, ?26);

UPDATE "order" SET "current_date" = ?1, current_user = ?2, user = ?3, "order" = ?4, "window" = ?5, only = ?6, "select" = ?7, "limit" = ?8, "offset" = ?9, value = ?10, rank = ?11, "Mixed Case" = ?12 WHERE "key" = ?13;

INSERT INTO "order" ("key", "current_date", current_user, user, "order", "window", only, "select", "limit", "offset", value, rank, "Mixed Case") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13) ON CONFLICT ("key") DO UPDATE SET "current_date" = EXCLUDED."current_date", current_user = EXCLUDED.current_user, user = EXCLUDED.user, "order" = EXCLUDED."order", "window" = EXCLUDED."window", only = EXCLUDED.only, "select" = EXCLUDED."select", "limit" = EXCLUDED."limit", "offset" = EXCLUDED."offset", value = EXCLUDED.value, rank = EXCLUDED.rank, "Mixed Case" = EXCLUDED."Mixed Case";

DELETE FROM "order" WHERE "key" = ?1;

UPDATE "order" SET only = ?1, "limit" = "limit" + ?2 WHERE ("current_date" = ?3 AND "window" = ?4 AND "Mixed Case" IN (?5, ?6));

DELETE FROM "order" WHERE ("current_date" = ?1 AND "window" = ?2 AND "Mixed Case" IN (?3, ?4));

INSERT INTO "order" ("key", "current_date", current_user, user, "order", "window", only, "select", "limit", "offset", value, rank, "Mixed Case") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13);

INSERT INTO "order" ("key", "current_date", current_user, user, "order", "window", only, "select", "limit", "offset", value, rank, "Mixed Case") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13) ON CONFLICT ("key") DO NOTHING;

INSERT INTO "order" ("key", "current_date", current_user, user, "order", "window", only, "select", "limit", "offset", value, rank, "Mixed Case") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13) ON CONFLICT ("key") DO UPDATE SET "current_date" = EXCLUDED."current_date", current_user = EXCLUDED.current_user, user = EXCLUDED.user, "order" = EXCLUDED."order", "window" = EXCLUDED."window", only = EXCLUDED.only, "select" = EXCLUDED."select", "limit" = EXCLUDED."limit", "offset" = EXCLUDED."offset", value = EXCLUDED.value, rank = EXCLUDED.rank, "Mixed Case" = EXCLUDED."Mixed Case";

-- bulk table: "order" ("key", "current_date", current_user, user, "order", "window", only, "select", "limit", "offset", value, rank, "Mixed Case");

-- generated column: "key"
