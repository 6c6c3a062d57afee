SELECT JSON_ARRAY(JSON_ARRAY(t0.id, t0.title, (SELECT JSON_ARRAY(t1.id, t1.lastname NULL ON NULL) FROM person t1 WHERE t1.id = t0.author_id) NULL ON NULL), t0.published_at, t0.title, t0.id NULL ON NULL) AS j
FROM (SELECT t0.* FROM book t0 WHERE t0.title <> $1 AND (t0.published_at IS NOT NULL OR (t0.published_at IS NULL AND (t0.title > $2 OR t0.title IS NULL)) OR (t0.published_at IS NULL AND t0.title = $3 AND t0.id > $4)) ORDER BY t0.published_at DESC NULLS FIRST, t0.title NULLS LAST, t0.id FETCH FIRST 21 ROWS ONLY) t0
ORDER BY t0.published_at DESC NULLS FIRST, t0.title NULLS LAST, t0.id
