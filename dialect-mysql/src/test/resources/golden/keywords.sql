SELECT JSON_ARRAY(t0.`key`, t0.`current_date`, t0.`current_user`, t0.`user`, t0.`order`, t0.`window`, t0.`only`, t0.`select`, t0.`limit`, t0.`offset`, t0.`value`, t0.`rank`, t0.`Mixed Case`, COALESCE((SELECT JSON_ARRAYAGG(JSON_ARRAY(t1.`key`, t1.`Group By`, t1.`rank`) ORDER BY t1.`rank` IS NULL DESC, t1.`rank` DESC, t1.`key` LIMIT 5) FROM `User` t1 WHERE t1.`order` = t0.`key` AND t1.`rank` > ?), JSON_ARRAY())) AS j
FROM `order` t0
WHERE (t0.`current_date` = ? AND t0.`window` = ? AND t0.`Mixed Case` IN (?, ?))
ORDER BY t0.`current_date` IS NULL DESC, t0.`current_date` DESC, t0.`key` LIMIT 10;

SELECT JSON_ARRAY(t0.`key`, t0.`Group By`, t0.`rank`, t0.`order`, (SELECT JSON_ARRAY(t1.`key`, t1.`select`, t1.`only`) FROM `order` t1 WHERE t1.`key` = t0.`order`)) AS j
FROM `User` t0
LEFT JOIN `order` p1 ON p1.`key` = t0.`order`
WHERE p1.`user` = ?
ORDER BY p1.`order` IS NULL, p1.`order`, t0.`key`;

SELECT JSON_ARRAY(JSON_ARRAY(t0.`key`, t0.`current_date`, t0.`current_user`, t0.`user`, t0.`order`, t0.`window`, t0.`only`, t0.`select`, t0.`limit`, t0.`offset`, t0.`value`, t0.`rank`, t0.`Mixed Case`), t0.`rank`, t0.`window`, t0.`key`) AS j
FROM (SELECT t0.* FROM `order` t0 WHERE (t0.`current_date` = ? AND t0.`window` = ? AND t0.`Mixed Case` IN (?, ?)) AND (t0.`rank` < ? OR (t0.`rank` = ? AND (t0.`window` > ? OR t0.`window` IS NULL)) OR (t0.`rank` = ? AND t0.`window` = ? AND t0.`key` > ?)) ORDER BY t0.`rank` IS NULL DESC, t0.`rank` DESC, t0.`window` IS NULL, t0.`window`, t0.`key` LIMIT 21) t0
ORDER BY t0.`rank` IS NULL DESC, t0.`rank` DESC, t0.`window` IS NULL, t0.`window`, t0.`key`;

SELECT count(*)
FROM `order` t0
WHERE (t0.`current_date` = ? AND t0.`window` = ? AND t0.`Mixed Case` IN (?, ?));

INSERT INTO `order` (`current_date`, `current_user`, `user`, `order`, `window`, `only`, `select`, `limit`, `offset`, `value`, `rank`, `Mixed Case`) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?);

INSERT INTO `order` (`key`, `current_date`, `current_user`, `user`, `order`, `window`, `only`, `select`, `limit`, `offset`, `value`, `rank`, `Mixed Case`) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?), (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?);

UPDATE `order` SET `current_date` = ?, `current_user` = ?, `user` = ?, `order` = ?, `window` = ?, `only` = ?, `select` = ?, `limit` = ?, `offset` = ?, `value` = ?, `rank` = ?, `Mixed Case` = ? WHERE `key` = ?;

INSERT INTO `order` (`key`, `current_date`, `current_user`, `user`, `order`, `window`, `only`, `select`, `limit`, `offset`, `value`, `rank`, `Mixed Case`) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE `current_date` = VALUES(`current_date`), `current_user` = VALUES(`current_user`), `user` = VALUES(`user`), `order` = VALUES(`order`), `window` = VALUES(`window`), `only` = VALUES(`only`), `select` = VALUES(`select`), `limit` = VALUES(`limit`), `offset` = VALUES(`offset`), `value` = VALUES(`value`), `rank` = VALUES(`rank`), `Mixed Case` = VALUES(`Mixed Case`);

DELETE FROM `order` WHERE `key` = ?;

UPDATE `order` SET `only` = ?, `limit` = `limit` + ? WHERE (`current_date` = ? AND `window` = ? AND `Mixed Case` IN (?, ?));

DELETE FROM `order` WHERE (`current_date` = ? AND `window` = ? AND `Mixed Case` IN (?, ?));

INSERT INTO `order` (`key`, `current_date`, `current_user`, `user`, `order`, `window`, `only`, `select`, `limit`, `offset`, `value`, `rank`, `Mixed Case`) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?);

INSERT INTO `order` (`key`, `current_date`, `current_user`, `user`, `order`, `window`, `only`, `select`, `limit`, `offset`, `value`, `rank`, `Mixed Case`) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE `key` = `key`;

INSERT INTO `order` (`key`, `current_date`, `current_user`, `user`, `order`, `window`, `only`, `select`, `limit`, `offset`, `value`, `rank`, `Mixed Case`) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE `current_date` = VALUES(`current_date`), `current_user` = VALUES(`current_user`), `user` = VALUES(`user`), `order` = VALUES(`order`), `window` = VALUES(`window`), `only` = VALUES(`only`), `select` = VALUES(`select`), `limit` = VALUES(`limit`), `offset` = VALUES(`offset`), `value` = VALUES(`value`), `rank` = VALUES(`rank`), `Mixed Case` = VALUES(`Mixed Case`);

-- bulk table: `order` (`key`, `current_date`, `current_user`, `user`, `order`, `window`, `only`, `select`, `limit`, `offset`, `value`, `rank`, `Mixed Case`);

-- generated column: `key`
