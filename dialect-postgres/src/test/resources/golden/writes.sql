-- insert, generated id
INSERT INTO account ("name", balance, "version") VALUES ($1, $2, $3);

-- insert, given id
INSERT INTO account (id, "name", balance, status, "version") VALUES ($1, $2, $3, $4, $5);

-- insert, every value kind
INSERT INTO typed (id, text_value, int_value, long_value, short_value, flag, amount, ratio, score, day_value, clock_value, local_value, stamp_value, instant_value, uuid_value, bytes_value, mood, doc, primitive_long, primitive_flag) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, CAST($18 AS jsonb), $19, $20);

-- insertAll, given ids
INSERT INTO account (id, "name", balance, status, "version") VALUES ($1, $2, $3, $4, $5), ($6, $7, $8, $9, $10), ($11, $12, $13, $14, $15);

-- insertAll, generated ids
INSERT INTO account ("name", balance, "version") VALUES ($1, $2, $3), ($4, $5, $6);

-- insertAll of 20000 rows of 5 columns: statements of 13107, 6893 rows;

-- upsert
INSERT INTO account (id, "name", balance, status, "version") VALUES ($1, $2, $3, $4, $5) ON CONFLICT (id) DO UPDATE SET "name" = EXCLUDED."name", balance = EXCLUDED.balance, status = EXCLUDED.status, "version" = EXCLUDED."version";

-- upsert, only the id and version
INSERT INTO account (id, "version") VALUES ($1, $2) ON CONFLICT (id) DO UPDATE SET "version" = EXCLUDED."version";

-- upsert, only the id
INSERT INTO customer (id) VALUES ($1) ON CONFLICT (id) DO NOTHING;

-- upsert, every value kind
INSERT INTO typed (id, text_value, int_value, long_value, short_value, flag, amount, ratio, score, day_value, clock_value, local_value, stamp_value, instant_value, uuid_value, bytes_value, mood, doc, primitive_long, primitive_flag) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, CAST($18 AS jsonb), $19, $20) ON CONFLICT (id) DO UPDATE SET text_value = EXCLUDED.text_value, int_value = EXCLUDED.int_value, long_value = EXCLUDED.long_value, short_value = EXCLUDED.short_value, flag = EXCLUDED.flag, amount = EXCLUDED.amount, ratio = EXCLUDED.ratio, score = EXCLUDED.score, day_value = EXCLUDED.day_value, clock_value = EXCLUDED.clock_value, local_value = EXCLUDED.local_value, stamp_value = EXCLUDED.stamp_value, instant_value = EXCLUDED.instant_value, uuid_value = EXCLUDED.uuid_value, bytes_value = EXCLUDED.bytes_value, mood = EXCLUDED.mood, doc = EXCLUDED.doc, primitive_long = EXCLUDED.primitive_long, primitive_flag = EXCLUDED.primitive_flag;

-- bulk insert, ERROR
INSERT INTO account (id, "name", balance, status, "version") VALUES ($1, $2, $3, $4, $5), ($6, $7, $8, $9, $10);

-- bulk rows per statement, ERROR: 13107;

-- bulk insert, SKIP
INSERT INTO account (id, "name", balance, status, "version") VALUES ($1, $2, $3, $4, $5), ($6, $7, $8, $9, $10) ON CONFLICT (id) DO NOTHING;

-- bulk rows per statement, SKIP: 13107;

-- bulk insert, UPDATE
INSERT INTO account (id, "name", balance, status, "version") VALUES ($1, $2, $3, $4, $5), ($6, $7, $8, $9, $10) ON CONFLICT (id) DO UPDATE SET "name" = EXCLUDED."name", balance = EXCLUDED.balance, status = EXCLUDED.status, "version" = EXCLUDED."version";

-- bulk rows per statement, UPDATE: 13107;

-- bulk insert, generated ids
INSERT INTO account ("name", balance, status, "version") VALUES ($1, $2, $3, $4), ($5, $6, $7, $8);

-- bulk rows per statement, generated ids: 16383;

-- bulk insert of two columns, ERROR
INSERT INTO customer (id, "name") VALUES ($1, $2);

-- bulk insert of two columns, SKIP
INSERT INTO customer (id, "name") VALUES ($1, $2) ON CONFLICT (id) DO NOTHING;

-- bulk insert of two columns, UPDATE
INSERT INTO customer (id, "name") VALUES ($1, $2) ON CONFLICT (id) DO UPDATE SET "name" = EXCLUDED."name"
