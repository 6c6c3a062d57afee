-- insert, generated id
INSERT INTO `account` (`name`, balance, version) VALUES (?, ?, ?);

-- insert, given id
INSERT INTO `account` (`id`, `name`, balance, `status`, version) VALUES (?, ?, ?, ?, ?);

-- insert, every value kind
INSERT INTO typed (`id`, text_value, int_value, long_value, short_value, flag, amount, ratio, score, day_value, clock_value, local_value, stamp_value, instant_value, uuid_value, bytes_value, mood, doc, primitive_long, primitive_flag) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?);

-- insertAll, given ids
INSERT INTO `account` (`id`, `name`, balance, `status`, version) VALUES (?, ?, ?, ?, ?), (?, ?, ?, ?, ?), (?, ?, ?, ?, ?);

-- insertAll, generated ids
INSERT INTO `account` (`name`, balance, version) VALUES (?, ?, ?), (?, ?, ?);

-- insertAll of 20000 rows of 5 columns: statements of 13107, 6893 rows;

-- upsert
INSERT INTO `account` (`id`, `name`, balance, `status`, version) VALUES (?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE `name` = VALUES(`name`), balance = VALUES(balance), `status` = VALUES(`status`), version = VALUES(version);

-- upsert, only the id and version
INSERT INTO `account` (`id`, version) VALUES (?, ?) ON DUPLICATE KEY UPDATE version = VALUES(version);

-- upsert, only the id
INSERT INTO customer (`id`) VALUES (?) ON DUPLICATE KEY UPDATE `id` = `id`;

-- upsert, every value kind
INSERT INTO typed (`id`, text_value, int_value, long_value, short_value, flag, amount, ratio, score, day_value, clock_value, local_value, stamp_value, instant_value, uuid_value, bytes_value, mood, doc, primitive_long, primitive_flag) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE text_value = VALUES(text_value), int_value = VALUES(int_value), long_value = VALUES(long_value), short_value = VALUES(short_value), flag = VALUES(flag), amount = VALUES(amount), ratio = VALUES(ratio), score = VALUES(score), day_value = VALUES(day_value), clock_value = VALUES(clock_value), local_value = VALUES(local_value), stamp_value = VALUES(stamp_value), instant_value = VALUES(instant_value), uuid_value = VALUES(uuid_value), bytes_value = VALUES(bytes_value), mood = VALUES(mood), doc = VALUES(doc), primitive_long = VALUES(primitive_long), primitive_flag = VALUES(primitive_flag);

-- bulk insert, ERROR
INSERT INTO `account` (`id`, `name`, balance, `status`, version) VALUES (?, ?, ?, ?, ?), (?, ?, ?, ?, ?);

-- bulk rows per statement, ERROR: 13107;

-- bulk insert, SKIP
INSERT INTO `account` (`id`, `name`, balance, `status`, version) VALUES (?, ?, ?, ?, ?), (?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE `id` = `id`;

-- bulk rows per statement, SKIP: 13107;

-- bulk insert, UPDATE
INSERT INTO `account` (`id`, `name`, balance, `status`, version) VALUES (?, ?, ?, ?, ?), (?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE `name` = VALUES(`name`), balance = VALUES(balance), `status` = VALUES(`status`), version = VALUES(version);

-- bulk rows per statement, UPDATE: 13107;

-- bulk insert, generated ids
INSERT INTO `account` (`name`, balance, `status`, version) VALUES (?, ?, ?, ?), (?, ?, ?, ?);

-- bulk rows per statement, generated ids: 16383;

-- bulk insert of two columns, ERROR
INSERT INTO customer (`id`, `name`) VALUES (?, ?);

-- bulk insert of two columns, SKIP
INSERT INTO customer (`id`, `name`) VALUES (?, ?) ON DUPLICATE KEY UPDATE `id` = `id`;

-- bulk insert of two columns, UPDATE
INSERT INTO customer (`id`, `name`) VALUES (?, ?) ON DUPLICATE KEY UPDATE `name` = VALUES(`name`)
