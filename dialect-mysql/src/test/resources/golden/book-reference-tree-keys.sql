SELECT JSON_OBJECT('0', t0.`id`, '1', t0.title, '2', (SELECT JSON_OBJECT('0', t1.`id`, '1', t1.firstname, '2', t1.lastname) FROM person t1 WHERE t1.`id` = t0.author_id), '3', COALESCE((SELECT JSON_ARRAYAGG(JSON_OBJECT('0', t2.`id`, '1', t2.title, '2', (SELECT JSON_OBJECT('0', t3.`id`, '1', t3.firstname, '2', t3.lastname, '3', COALESCE((SELECT JSON_ARRAYAGG(JSON_OBJECT('0', t4.`id`, '1', t4.title) ORDER BY t4.`id`) FROM book t4 WHERE t4.author_id = t3.`id`), JSON_ARRAY())) FROM person t3 WHERE t3.`id` = t2.reviewer_id)) ORDER BY t2.`id`) FROM review t2 WHERE t2.book_id = t0.`id`), JSON_ARRAY())) AS j
FROM book t0
WHERE t0.published_at >= ?
ORDER BY t0.`id`
