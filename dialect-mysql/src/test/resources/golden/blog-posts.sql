SELECT JSON_ARRAY(t0.id, t0.title, t0.created_at, (SELECT JSON_ARRAY(t1.id, t1.name, t1.email) FROM users t1 WHERE t1.id = t0.user_id), (SELECT JSON_ARRAY(t2.id, t2.name, (SELECT JSON_ARRAY(t3.id, t3.name) FROM category t3 WHERE t3.id = t2.parent_id)) FROM category t2 WHERE t2.id = t0.category_id), COALESCE((SELECT JSON_ARRAYAGG(JSON_ARRAY(t4.id, t4.name) ORDER BY t4.id) FROM tag t4 JOIN post_tag j4 ON j4.tag_id = t4.id WHERE j4.post_id = t0.id), JSON_ARRAY()), COALESCE((SELECT JSON_ARRAYAGG(JSON_ARRAY(t5.id, t5.body, t5.created_at, (SELECT JSON_ARRAY(t6.id, t6.name, t6.email) FROM users t6 WHERE t6.id = t5.user_id)) ORDER BY t5.created_at DESC, t5.id LIMIT 20) FROM comment t5 WHERE t5.post_id = t0.id), JSON_ARRAY()), (SELECT count(*) FROM comment c7 WHERE c7.post_id = t0.id), (SELECT count(*) FROM post_tag c8 WHERE c8.post_id = t0.id)) AS j
FROM post t0
LEFT JOIN category p1 ON p1.id = t0.category_id
WHERE p1.name = ?
ORDER BY t0.created_at DESC, t0.id LIMIT 20 OFFSET ?
