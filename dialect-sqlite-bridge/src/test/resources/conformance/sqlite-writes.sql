CREATE TABLE account (id INTEGER PRIMARY KEY, name TEXT NOT NULL, balance TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'new', version INTEGER NOT NULL);
CREATE TABLE customer (id INTEGER PRIMARY KEY, name TEXT NOT NULL);
CREATE TABLE product (id INTEGER PRIMARY KEY, name TEXT NOT NULL);
CREATE TABLE purchase (id INTEGER PRIMARY KEY, note TEXT, customer_id INTEGER REFERENCES customer (id));
CREATE TABLE purchase_product (purchase_id INTEGER NOT NULL REFERENCES purchase (id),
  product_id INTEGER NOT NULL REFERENCES product (id), PRIMARY KEY (purchase_id, product_id));
