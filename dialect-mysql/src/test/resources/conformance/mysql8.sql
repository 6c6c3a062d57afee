-- The conformance reference schema on MySQL 8.0.14+ (mariadb.sql with MySQL's types).
-- Differences: no UUID type (CHAR(36), bound and read as text by UuidCodecRegistrar); JSON is a native type that
-- MySQL normalizes (key order, number spelling), compared as parsed JSON by the suite. Instants and offset
-- date-times are DATETIME(6) holding UTC, as on MariaDB (see MySqlSessionDefaults).
CREATE TABLE person (id BIGINT PRIMARY KEY, firstname TEXT NOT NULL, lastname TEXT) CHARACTER SET utf8mb4;
CREATE TABLE book (id BIGINT PRIMARY KEY, title TEXT NOT NULL, published_at DATE, author_id BIGINT, FOREIGN KEY (author_id) REFERENCES person (id)) CHARACTER SET utf8mb4;
CREATE TABLE review (id BIGINT PRIMARY KEY, book_id BIGINT NOT NULL, reviewer_id BIGINT, title TEXT, FOREIGN KEY (book_id) REFERENCES book (id), FOREIGN KEY (reviewer_id) REFERENCES person (id)) CHARACTER SET utf8mb4;
CREATE INDEX review_book ON review (book_id);
CREATE INDEX book_author ON book (author_id);
CREATE TABLE users (id BIGINT PRIMARY KEY, name TEXT NOT NULL, email TEXT) CHARACTER SET utf8mb4;
CREATE TABLE category (id BIGINT PRIMARY KEY, name TEXT NOT NULL, parent_id BIGINT, FOREIGN KEY (parent_id) REFERENCES category (id)) CHARACTER SET utf8mb4;
CREATE TABLE tag (id BIGINT PRIMARY KEY, name TEXT NOT NULL) CHARACTER SET utf8mb4;
CREATE TABLE post (id BIGINT PRIMARY KEY, title TEXT NOT NULL, user_id BIGINT NOT NULL, category_id BIGINT, created_at DATETIME(6) NOT NULL, FOREIGN KEY (user_id) REFERENCES users (id), FOREIGN KEY (category_id) REFERENCES category (id)) CHARACTER SET utf8mb4;
CREATE TABLE post_tag (post_id BIGINT NOT NULL, tag_id BIGINT NOT NULL, PRIMARY KEY (post_id, tag_id), FOREIGN KEY (post_id) REFERENCES post (id), FOREIGN KEY (tag_id) REFERENCES tag (id));
CREATE TABLE comment (id BIGINT PRIMARY KEY, post_id BIGINT NOT NULL, user_id BIGINT NOT NULL, body TEXT NOT NULL, created_at DATETIME(6) NOT NULL, FOREIGN KEY (post_id) REFERENCES post (id), FOREIGN KEY (user_id) REFERENCES users (id)) CHARACTER SET utf8mb4;
CREATE INDEX comment_post ON comment (post_id, created_at);
CREATE TABLE typed (
  id BIGINT PRIMARY KEY, holder_id BIGINT, text_value TEXT, int_value INT, long_value BIGINT, short_value SMALLINT,
  flag BOOLEAN, amount DECIMAL(30, 2), ratio DOUBLE, score FLOAT, day_value DATE, clock_value TIME(6),
  local_value DATETIME(6), stamp_value DATETIME(6), instant_value DATETIME(6), uuid_value CHAR(36), bytes_value BLOB,
  mood TEXT, doc JSON, primitive_long BIGINT NOT NULL, primitive_flag BOOLEAN NOT NULL) CHARACTER SET utf8mb4;
CREATE TABLE typed_holder (id BIGINT PRIMARY KEY, typed_id BIGINT, FOREIGN KEY (typed_id) REFERENCES typed (id));
