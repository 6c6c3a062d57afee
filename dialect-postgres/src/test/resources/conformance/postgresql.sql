-- The conformance reference schema on PostgreSQL.
CREATE TABLE person (id bigint PRIMARY KEY, firstname text NOT NULL, lastname text);
CREATE TABLE book (id bigint PRIMARY KEY, title text NOT NULL, published_at date, author_id bigint REFERENCES person (id));
CREATE TABLE review (id bigint PRIMARY KEY, book_id bigint NOT NULL REFERENCES book (id), reviewer_id bigint REFERENCES person (id), title text);
CREATE INDEX review_book ON review (book_id);
CREATE INDEX book_author ON book (author_id);
CREATE TABLE users (id bigint PRIMARY KEY, name text NOT NULL, email text);
CREATE TABLE category (id bigint PRIMARY KEY, name text NOT NULL, parent_id bigint REFERENCES category (id));
CREATE TABLE tag (id bigint PRIMARY KEY, name text NOT NULL);
CREATE TABLE post (id bigint PRIMARY KEY, title text NOT NULL, user_id bigint NOT NULL REFERENCES users (id), category_id bigint REFERENCES category (id), created_at timestamp(6) NOT NULL);
CREATE TABLE post_tag (post_id bigint NOT NULL REFERENCES post (id), tag_id bigint NOT NULL REFERENCES tag (id), PRIMARY KEY (post_id, tag_id));
CREATE TABLE comment (id bigint PRIMARY KEY, post_id bigint NOT NULL REFERENCES post (id), user_id bigint NOT NULL REFERENCES users (id), body text NOT NULL, created_at timestamp(6) NOT NULL);
CREATE INDEX comment_post ON comment (post_id, created_at);
CREATE TABLE typed (
  id bigint PRIMARY KEY, holder_id bigint, text_value text, int_value integer, long_value bigint, short_value smallint,
  flag boolean, amount numeric(30, 2), ratio double precision, score real, day_value date, clock_value time(6),
  local_value timestamp(6), stamp_value timestamptz(6), instant_value timestamptz(6), uuid_value uuid, bytes_value bytea,
  mood text, doc jsonb, primitive_long bigint NOT NULL, primitive_flag boolean NOT NULL);
CREATE TABLE typed_holder (id bigint PRIMARY KEY, typed_id bigint REFERENCES typed (id));
