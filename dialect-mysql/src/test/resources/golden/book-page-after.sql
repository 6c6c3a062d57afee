SELECT JSON_ARRAY(JSON_ARRAY(t0.`id`, t0.title, (SELECT JSON_ARRAY(t1.`id`, t1.lastname) FROM person t1 WHERE t1.`id` = t0.author_id)), t0.published_at, t0.title, t0.`id`) AS j
FROM (SELECT t0.* FROM book t0 WHERE t0.title <> ? AND (t0.published_at < ? OR (t0.published_at = ? AND (t0.title > ? OR t0.title IS NULL)) OR (t0.published_at = ? AND t0.title = ? AND t0.`id` > ?)) ORDER BY t0.published_at IS NULL DESC, t0.published_at DESC, t0.title IS NULL, t0.title, t0.`id` LIMIT 21) t0
ORDER BY t0.published_at IS NULL DESC, t0.published_at DESC, t0.title IS NULL, t0.title, t0.`id`
