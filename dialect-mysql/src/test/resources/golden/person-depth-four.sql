SELECT JSON_ARRAY(t0.`id`, t0.firstname, COALESCE((SELECT JSON_ARRAYAGG(JSON_ARRAY(t1.`id`, t1.title, COALESCE((SELECT JSON_ARRAYAGG(JSON_ARRAY(t2.`id`, t2.title, (SELECT JSON_ARRAY(t3.`id`, t3.firstname, t3.lastname, COALESCE((SELECT JSON_ARRAYAGG(JSON_ARRAY(t4.`id`, t4.title) ORDER BY t4.`id`) FROM book t4 WHERE t4.author_id = t3.`id`), JSON_ARRAY())) FROM person t3 WHERE t3.`id` = t2.reviewer_id)) ORDER BY t2.`id` LIMIT 3) FROM review t2 WHERE t2.book_id = t1.`id`), JSON_ARRAY())) ORDER BY t1.`id`) FROM book t1 WHERE t1.author_id = t0.`id`), JSON_ARRAY())) AS j
FROM person t0
WHERE (t0.lastname LIKE ? ESCAPE '!' OR t0.`id` IN (?, ?, ?))
ORDER BY t0.`id`
