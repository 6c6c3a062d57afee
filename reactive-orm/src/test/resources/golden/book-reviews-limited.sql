SELECT JSON_ARRAY(t0.id, t0.title, COALESCE((SELECT JSON_ARRAYAGG(JSON_ARRAY(t1.id, t1.title NULL ON NULL) ORDER BY t1.id DESC) FROM review t1 WHERE t1.book_id = t0.id AND NOT (t1.title IS NULL) AND t1.id IN (SELECT t1.id FROM review t1 WHERE t1.book_id = t0.id AND NOT (t1.title IS NULL) ORDER BY t1.id DESC FETCH FIRST 10 ROWS ONLY)), JSON_ARRAY()), (SELECT count(*) FROM review c2 WHERE c2.book_id = t0.id) NULL ON NULL) AS j
FROM book t0
ORDER BY t0.id
