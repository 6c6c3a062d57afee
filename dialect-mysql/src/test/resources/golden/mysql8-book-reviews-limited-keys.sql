SELECT JSON_OBJECT('0', t0.`id`, '1', t0.title, '2', COALESCE((SELECT JSON_EXTRACT(CONCAT('[', GROUP_CONCAT(x.j ORDER BY x.o0 DESC SEPARATOR ','), ']'), '$') FROM (SELECT JSON_OBJECT('0', t1.`id`, '1', t1.title) AS j, t1.`id` AS o0 FROM review t1 WHERE t1.book_id = t0.`id` AND NOT (t1.title IS NULL) ORDER BY t1.`id` DESC LIMIT 10) x), JSON_ARRAY()), '3', (SELECT count(*) FROM review c2 WHERE c2.book_id = t0.`id`)) AS j
FROM book t0
ORDER BY t0.`id`
