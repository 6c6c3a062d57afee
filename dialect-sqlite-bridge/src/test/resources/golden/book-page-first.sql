SELECT json_array(json_array(t0.id, t0.title, json((SELECT json_array(t1.id, t1.lastname) FROM person t1 WHERE t1.id = t0.author_id))), t0.published_at, t0.title, t0.id) AS j
FROM (SELECT t0.* FROM book t0 WHERE t0.title <> ?1 ORDER BY t0.published_at DESC NULLS FIRST, t0.title NULLS LAST, t0.id LIMIT 21) t0
ORDER BY t0.published_at DESC NULLS FIRST, t0.title NULLS LAST, t0.id
