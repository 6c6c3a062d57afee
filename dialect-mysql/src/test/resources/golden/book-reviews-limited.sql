SELECT JSON_ARRAY(t0.`id`, t0.title, COALESCE((SELECT JSON_ARRAYAGG(JSON_ARRAY(t1.`id`, t1.title) ORDER BY t1.`id` DESC LIMIT 10) FROM review t1 WHERE t1.book_id = t0.`id` AND NOT (t1.title IS NULL)), JSON_ARRAY()), (SELECT count(*) FROM review c2 WHERE c2.book_id = t0.`id`)) AS j
FROM book t0
ORDER BY t0.`id`
