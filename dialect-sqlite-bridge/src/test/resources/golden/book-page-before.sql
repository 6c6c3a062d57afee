SELECT json_array(json_array(t0.id, t0.title, json((SELECT json_array(t1.id, t1.lastname) FROM person t1 WHERE t1.id = t0.author_id))), t0.published_at, t0.title, t0.id) AS j
FROM (SELECT t0.* FROM book t0 WHERE t0.title <> ?1 AND ((t0.published_at > ?2 OR t0.published_at IS NULL) OR (t0.published_at = ?3 AND t0.title < ?4) OR (t0.published_at = ?5 AND t0.title = ?6 AND t0.id < ?7)) ORDER BY t0.published_at NULLS LAST, t0.title DESC NULLS FIRST, t0.id DESC LIMIT 21) t0
ORDER BY t0.published_at NULLS LAST, t0.title DESC NULLS FIRST, t0.id DESC
