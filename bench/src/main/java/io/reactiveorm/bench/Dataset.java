package io.reactiveorm.bench;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.List;
import org.postgresql.PGConnection;

/**
 * Creates the database {@code ro_bench} from scratch (dropping any earlier one) and loads one dataset with COPY:
 * persons / books / reviews (the shape of pg-ceilings §4) and users / categories / posts / comments.
 *
 * @param persons persons (also the number of users)
 * @param books books, each with a random author
 * @param reviews reviews, each of a random book by a random reviewer
 * @param posts posts, each by a random user in one of {@link #CATEGORIES} categories
 * @param comments comments, each on a random post by a random user
 * @param spareUsers users after the {@code persons} ones that no read touches (the mixed workload updates them)
 * @param events rows of the export table {@code event}
 */
record Dataset(int persons, int books, int reviews, int posts, int comments, int spareUsers, int events) {
    static final String HOST = System.getProperty("bench.host", "127.0.0.1");
    static final int PORT = Integer.getInteger("bench.port", 5432);
    static final String USER = System.getProperty("bench.user", "postgres");
    static final String DATABASE = "ro_bench";
    static final int CATEGORIES = 10;
    static final LocalDateTime EPOCH = LocalDateTime.of(2024, 1, 1, 0, 0);

    static Dataset full() {
        return new Dataset(10_000, 50_000, 200_000, 5_000, 50_000, 1_000, 1_000_000);
    }

    static Dataset quick() {
        return new Dataset(1_000, 5_000, 20_000, 1_000, 10_000, 100, 10_000);
    }

    static String jdbcUrl(String database) {
        return "jdbc:postgresql://" + HOST + ":" + PORT + "/" + database + "?user=" + USER;
    }

    /** Drops and recreates the database. */
    static void recreate() throws SQLException {
        try (Connection c = DriverManager.getConnection(jdbcUrl("postgres")); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
            s.execute("CREATE DATABASE " + DATABASE);
        }
    }

    /** Drops the database. */
    static void drop() throws SQLException {
        try (Connection c = DriverManager.getConnection(jdbcUrl("postgres")); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
        }
    }

    /** Creates the tables and loads the rows. */
    void load() throws SQLException {
        try (Connection c = DriverManager.getConnection(jdbcUrl(DATABASE))) {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE person (id bigint PRIMARY KEY, firstname text NOT NULL, lastname text)");
                s.execute("CREATE TABLE book (id bigint PRIMARY KEY, title text NOT NULL, published_at date,"
                        + " author_id bigint REFERENCES person (id))");
                s.execute("CREATE TABLE review (id bigint PRIMARY KEY, book_id bigint NOT NULL REFERENCES book (id),"
                        + " reviewer_id bigint REFERENCES person (id), title text)");
                s.execute("CREATE TABLE users (id bigint PRIMARY KEY, name text NOT NULL, email text)");
                s.execute("CREATE TABLE category (id bigint PRIMARY KEY, name text NOT NULL)");
                s.execute("CREATE TABLE post (id bigint PRIMARY KEY, title text NOT NULL, user_id bigint NOT NULL"
                        + " REFERENCES users (id), category_id bigint REFERENCES category (id), created_at timestamp(6) NOT NULL)");
                s.execute("CREATE TABLE comment (id bigint PRIMARY KEY, post_id bigint NOT NULL REFERENCES post (id),"
                        + " user_id bigint NOT NULL REFERENCES users (id), body text NOT NULL, created_at timestamp(6) NOT NULL)");
                for (String table : List.of("event", "event_load")) {
                    s.execute("CREATE TABLE " + table + " (id bigint PRIMARY KEY, name text NOT NULL, amount numeric(12, 2) NOT NULL,"
                            + " created_at timestamp(6) NOT NULL, note text)");
                }
            }
            Words words = new Words(20_001);
            StringBuilder rows = new StringBuilder();
            for (int i = 1; i <= persons; i++) {
                rows.append(i).append('\t').append(words.firstname()).append('\t').append(words.lastname()).append('\n');
            }
            copy(c, "person (id, firstname, lastname)", rows);
            for (int i = 1; i <= books; i++) {
                rows.append(i).append('\t').append(words.title()).append('\t')
                        .append(EPOCH.toLocalDate().minusDays(words.nextInt(27_000))).append('\t')
                        .append(1 + words.nextInt(persons)).append('\n');
            }
            copy(c, "book (id, title, published_at, author_id)", rows);
            for (int i = 1; i <= reviews; i++) {
                rows.append(i).append('\t').append(1 + words.nextInt(books)).append('\t')
                        .append(1 + words.nextInt(persons)).append('\t').append(words.title()).append('\n');
            }
            copy(c, "review (id, book_id, reviewer_id, title)", rows);
            for (int i = 1; i <= persons; i++) {
                rows.append(i).append('\t').append(words.firstname()).append(' ').append(words.lastname()).append('\t')
                        .append("user").append(i).append("@example.org").append('\n');
            }
            for (int i = persons + 1; i <= persons + spareUsers; i++) {
                rows.append(i).append('\t').append(spareName(i)).append('\t').append(spareEmail(i)).append('\n');
            }
            copy(c, "users (id, name, email)", rows);
            for (int i = 1; i <= CATEGORIES; i++) {
                rows.append(i).append('\t').append("category ").append(i).append('\n');
            }
            copy(c, "category (id, name)", rows);
            for (int i = 1; i <= posts; i++) {
                rows.append(i).append('\t').append(words.title()).append('\t').append(1 + words.nextInt(persons))
                        .append('\t').append(1 + words.nextInt(CATEGORIES)).append('\t').append(timestamp(words)).append('\n');
            }
            copy(c, "post (id, title, user_id, category_id, created_at)", rows);
            for (int i = 1; i <= comments; i++) {
                rows.append(i).append('\t').append(1 + words.nextInt(posts)).append('\t').append(1 + words.nextInt(persons))
                        .append('\t').append(words.title()).append(' ').append(words.title()).append('\t')
                        .append(timestamp(words)).append('\n');
            }
            copy(c, "comment (id, post_id, user_id, body, created_at)", rows);
            try (Statement s = c.createStatement()) {
                // The export rows: some names with a tab and a backslash, a third of the notes NULL.
                s.execute("INSERT INTO event SELECT g, 'event ' || g || CASE WHEN g % 10 = 0 THEN E' with\\ttab and \\\\ backslash'"
                        + " ELSE '' END, (g * 7 % 100000) / 100.0, timestamp '2024-01-01' + g * interval '1 second' + (g % 1000) * interval"
                        + " '1 microsecond', CASE WHEN g % 3 = 0 THEN NULL ELSE 'note ' || (g % 1000) END FROM generate_series(1, " + events + ") g");
                s.execute("CREATE INDEX review_book ON review (book_id)");
                s.execute("CREATE INDEX book_author ON book (author_id)");
                s.execute("CREATE INDEX post_category ON post (category_id, created_at)");
                s.execute("CREATE INDEX comment_post ON comment (post_id, created_at)");
                // Foreign key indexes: without them, deleting the users a write workload inserted scans comment and post.
                s.execute("CREATE INDEX post_user ON post (user_id)");
                s.execute("CREATE INDEX comment_user ON comment (user_id)");
                s.execute("VACUUM ANALYZE");
            }
        }
    }

    /** @return the name of a spare user as loaded (the mixed workload's check puts it back) */
    static String spareName(long id) {
        return "spare " + id;
    }

    /** @return the email of a spare user as loaded */
    static String spareEmail(long id) {
        return "spare" + id + "@example.org";
    }

    private static String timestamp(Words words) {
        return EPOCH.plusSeconds(words.nextInt(30_000_000)).plusNanos(words.nextInt(1_000_000) * 1_000L).toString()
                .replace('T', ' ');
    }

    private static void copy(Connection c, String table, StringBuilder rows) throws SQLException {
        try {
            c.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY " + table + " FROM STDIN", new StringReader(rows.toString()));
        } catch (java.io.IOException e) {
            throw new SQLException(e);
        }
        rows.setLength(0);
    }
}
