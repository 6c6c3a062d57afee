SELECT JSON_ARRAY(t0.`id`, t0.title, COALESCE((SELECT JSON_EXTRACT(CONCAT('[', GROUP_CONCAT(x.j ORDER BY x.o0 DESC SEPARATOR ','), ']'), '$') FROM (SELECT JSON_ARRAY(t1.`id`, t1.title) AS j, t1.`id` AS o0 FROM review t1 WHERE t1.book_id = t0.`id` AND NOT (t1.title IS NULL) ORDER BY t1.`id` DESC LIMIT 10) x), JSON_ARRAY()), (SELECT count(*) FROM review c2 WHERE c2.book_id = t0.`id`)) AS j
FROM book t0
ORDER BY t0.`id`
