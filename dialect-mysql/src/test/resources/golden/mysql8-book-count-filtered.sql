SELECT count(*)
FROM book t0
LEFT JOIN person p1 ON p1.`id` = t0.author_id
WHERE (t0.published_at >= ? AND p1.lastname = ?)
