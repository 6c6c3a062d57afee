-- The conformance reference schema on H2 (mirrors the PostgreSQL one; unquoted names fold to upper case).
CREATE TABLE person (id BIGINT PRIMARY KEY, firstname VARCHAR NOT NULL, lastname VARCHAR);
CREATE TABLE book (id BIGINT PRIMARY KEY, title VARCHAR NOT NULL, published_at DATE, author_id BIGINT REFERENCES person (id));
CREATE TABLE review (id BIGINT PRIMARY KEY, book_id BIGINT NOT NULL REFERENCES book (id), reviewer_id BIGINT REFERENCES person (id), title VARCHAR);
CREATE INDEX review_book ON review (book_id);
CREATE INDEX book_author ON book (author_id);
CREATE TABLE users (id BIGINT PRIMARY KEY, name VARCHAR NOT NULL, email VARCHAR);
CREATE TABLE category (id BIGINT PRIMARY KEY, name VARCHAR NOT NULL, parent_id BIGINT REFERENCES category (id));
CREATE TABLE tag (id BIGINT PRIMARY KEY, name VARCHAR NOT NULL);
CREATE TABLE post (id BIGINT PRIMARY KEY, title VARCHAR NOT NULL, user_id BIGINT NOT NULL REFERENCES users (id), category_id BIGINT REFERENCES category (id), created_at TIMESTAMP(6) NOT NULL);
CREATE TABLE post_tag (post_id BIGINT NOT NULL REFERENCES post (id), tag_id BIGINT NOT NULL REFERENCES tag (id), PRIMARY KEY (post_id, tag_id));
CREATE TABLE comment (id BIGINT PRIMARY KEY, post_id BIGINT NOT NULL REFERENCES post (id), user_id BIGINT NOT NULL REFERENCES users (id), body VARCHAR NOT NULL, created_at TIMESTAMP(6) NOT NULL);
CREATE INDEX comment_post ON comment (post_id, created_at);
CREATE TABLE typed (
  id BIGINT PRIMARY KEY, holder_id BIGINT, text_value VARCHAR, int_value INTEGER, long_value BIGINT, short_value SMALLINT,
  flag BOOLEAN, amount DECIMAL(30, 2), ratio DOUBLE PRECISION, score REAL, day_value DATE, clock_value TIME(6),
  local_value TIMESTAMP(6), stamp_value TIMESTAMP(6) WITH TIME ZONE, instant_value TIMESTAMP(6) WITH TIME ZONE,
  uuid_value UUID, bytes_value VARBINARY, mood VARCHAR, doc JSON, primitive_long BIGINT NOT NULL, primitive_flag BOOLEAN NOT NULL);
CREATE TABLE typed_holder (id BIGINT PRIMARY KEY, typed_id BIGINT REFERENCES typed (id));
