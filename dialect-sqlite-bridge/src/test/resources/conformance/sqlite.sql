-- The conformance reference schema on SQLite, in the bridge's storage conventions: decimals, dates, times,
-- timestamps, UUIDs and JSON as TEXT; booleans as INTEGER 0/1; doubles as REAL; bytes as BLOB.
CREATE TABLE person (id INTEGER PRIMARY KEY, firstname TEXT NOT NULL, lastname TEXT);
CREATE TABLE book (id INTEGER PRIMARY KEY, title TEXT NOT NULL, published_at TEXT, author_id INTEGER REFERENCES person (id));
CREATE TABLE review (id INTEGER PRIMARY KEY, book_id INTEGER NOT NULL REFERENCES book (id), reviewer_id INTEGER REFERENCES person (id), title TEXT);
CREATE INDEX review_book ON review (book_id);
CREATE INDEX book_author ON book (author_id);
CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT NOT NULL, email TEXT);
CREATE TABLE category (id INTEGER PRIMARY KEY, name TEXT NOT NULL, parent_id INTEGER REFERENCES category (id));
CREATE TABLE tag (id INTEGER PRIMARY KEY, name TEXT NOT NULL);
CREATE TABLE post (id INTEGER PRIMARY KEY, title TEXT NOT NULL, user_id INTEGER NOT NULL REFERENCES users (id), category_id INTEGER REFERENCES category (id), created_at TEXT NOT NULL);
CREATE TABLE post_tag (post_id INTEGER NOT NULL REFERENCES post (id), tag_id INTEGER NOT NULL REFERENCES tag (id), PRIMARY KEY (post_id, tag_id));
CREATE TABLE comment (id INTEGER PRIMARY KEY, post_id INTEGER NOT NULL REFERENCES post (id), user_id INTEGER NOT NULL REFERENCES users (id), body TEXT NOT NULL, created_at TEXT NOT NULL);
CREATE INDEX comment_post ON comment (post_id, created_at);
CREATE TABLE typed (
  id INTEGER PRIMARY KEY, holder_id INTEGER, text_value TEXT, int_value INTEGER, long_value INTEGER, short_value INTEGER,
  flag INTEGER, amount TEXT, ratio REAL, score REAL, day_value TEXT, clock_value TEXT,
  local_value TEXT, stamp_value TEXT, instant_value TEXT, uuid_value TEXT, bytes_value BLOB,
  mood TEXT, doc TEXT, primitive_long INTEGER NOT NULL, primitive_flag INTEGER NOT NULL);
CREATE TABLE typed_holder (id INTEGER PRIMARY KEY, typed_id INTEGER REFERENCES typed (id));
