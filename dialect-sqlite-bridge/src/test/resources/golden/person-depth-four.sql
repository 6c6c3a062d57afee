SELECT json_array(t0.id, t0.firstname, json((SELECT json_group_array(json_array(t1.id, t1.title, json((SELECT json_group_array(json(x.j) ORDER BY x.o0) FROM (SELECT json_array(t2.id, t2.title, json((SELECT json_array(t3.id, t3.firstname, t3.lastname, json((SELECT json_group_array(json_array(t4.id, t4.title) ORDER BY t4.id) FROM book t4 WHERE t4.author_id = t3.id))) FROM person t3 WHERE t3.id = t2.reviewer_id))) AS j, t2.id AS o0 FROM review t2 WHERE t2.book_id = t1.id ORDER BY t2.id LIMIT 3) x))) ORDER BY t1.id) FROM book t1 WHERE t1.author_id = t0.id))) AS j
FROM person t0
WHERE (t0.lastname LIKE ?1 ESCAPE '!' OR t0.id IN (?2, ?3, ?4))
ORDER BY t0.id
