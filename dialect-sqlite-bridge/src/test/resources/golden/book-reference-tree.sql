SELECT json_array(t0.id, t0.title, json((SELECT json_array(t1.id, t1.firstname, t1.lastname) FROM person t1 WHERE t1.id = t0.author_id)), json((SELECT json_group_array(json_array(t2.id, t2.title, json((SELECT json_array(t3.id, t3.firstname, t3.lastname, json((SELECT json_group_array(json_array(t4.id, t4.title) ORDER BY t4.id) FROM book t4 WHERE t4.author_id = t3.id))) FROM person t3 WHERE t3.id = t2.reviewer_id))) ORDER BY t2.id) FROM review t2 WHERE t2.book_id = t0.id))) AS j
FROM book t0
WHERE t0.published_at >= ?1
ORDER BY t0.id
