-- insert, generated id
INSERT INTO account (name, balance, version) VALUES ($1, $2, $3);

-- insert, given id
INSERT INTO account (id, name, balance, status, version) VALUES ($1, $2, $3, $4, $5);

-- insert, every value kind
INSERT INTO typed (id, text_value, int_value, long_value, short_value, flag, amount, ratio, score, day_value, clock_value, local_value, stamp_value, instant_value, uuid_value, bytes_value, mood, doc, primitive_long, primitive_flag) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18 FORMAT JSON, $19, $20);

-- insertAll, given ids
INSERT INTO account (id, name, balance, status, version) VALUES ($1, $2, $3, $4, $5), ($6, $7, $8, $9, $10), ($11, $12, $13, $14, $15);

-- insertAll, generated ids
INSERT INTO account (name, balance, version) VALUES ($1, $2, $3), ($4, $5, $6);

-- insertAll of 20000 rows of 5 columns: statements of 13107, 6893 rows;

-- upsert
MERGE INTO account (id, name, balance, status, version) KEY (id) VALUES ($1, $2, $3, $4, $5);

-- upsert, only the id and version
MERGE INTO account (id, version) KEY (id) VALUES ($1, $2);

-- upsert, only the id
MERGE INTO customer (id) KEY (id) VALUES ($1);

-- upsert, every value kind
MERGE INTO typed (id, text_value, int_value, long_value, short_value, flag, amount, ratio, score, day_value, clock_value, local_value, stamp_value, instant_value, uuid_value, bytes_value, mood, doc, primitive_long, primitive_flag) KEY (id) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18 FORMAT JSON, $19, $20);

-- bulk insert, ERROR
INSERT INTO account (id, name, balance, status, version) VALUES ($1, $2, $3, $4, $5), ($6, $7, $8, $9, $10);

-- bulk rows per statement, ERROR: 13107;

-- bulk insert, SKIP: not supported;

-- bulk insert, UPDATE
MERGE INTO account (id, name, balance, status, version) KEY (id) VALUES ($1, $2, $3, $4, $5), ($6, $7, $8, $9, $10);

-- bulk rows per statement, UPDATE: 13107;

-- bulk insert, generated ids
INSERT INTO account (name, balance, status, version) VALUES ($1, $2, $3, $4), ($5, $6, $7, $8);

-- bulk rows per statement, generated ids: 16383;

-- bulk insert of two columns, ERROR
INSERT INTO customer (id, name) VALUES ($1, $2);

-- bulk insert of two columns, UPDATE
MERGE INTO customer (id, name) KEY (id) VALUES ($1, $2)
