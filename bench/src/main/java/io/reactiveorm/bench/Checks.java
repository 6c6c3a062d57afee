package io.reactiveorm.bench;

import io.reactiveorm.bench.Generated.Kind;
import io.reactiveorm.bench.Generated.MixedOp;
import io.reactiveorm.bench.model.Blog.Category;
import io.reactiveorm.bench.model.Blog.User;
import io.reactiveorm.bench.model.Rows.BlogRows;
import io.reactiveorm.bench.model.Rows.CommentRow;
import io.reactiveorm.bench.model.Rows.LoadRow;
import io.reactiveorm.bench.model.Rows.PostRow;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Checks what a write workload left in the database (over plain JDBC, outside the implementations under test),
 * then removes it, so every implementation and round starts from the loaded dataset.
 */
final class Checks {
    /** The expected aggregates of {@code event_load} after a bulk load, by row count. */
    private static final Map<Long, String> BULK_EXPECTED = new ConcurrentHashMap<>();

    private Checks() {
    }

    private interface Read<T> {
        T row(ResultSet rs) throws SQLException;
    }

    private static <T> List<T> rows(Statement st, String sql, Read<T> read) throws SQLException {
        List<T> out = new ArrayList<>();
        try (ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                out.add(read.row(rs));
            }
        }
        return out;
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(Dataset.jdbcUrl(Dataset.DATABASE));
    }

    private static @Nullable String compare(String what, List<?> expected, List<?> actual) {
        if (expected.size() != actual.size()) {
            return what + ": " + actual.size() + " rows instead of " + expected.size();
        }
        for (int i = 0; i < expected.size(); i++) {
            if (!Objects.equals(expected.get(i), actual.get(i))) {
                return what + ": row " + i + " is " + actual.get(i) + " instead of " + expected.get(i);
            }
        }
        return null;
    }

    private static User user(ResultSet rs) throws SQLException {
        return new User(rs.getLong(1), rs.getString(2), rs.getString(3));
    }

    /**
     * @param expected the users the workload inserted
     * @return what is wrong, or null; deletes every user above {@link Generated#INSERT_BASE}
     */
    static @Nullable String insertedUsers(List<User> expected) throws SQLException {
        try (Connection c = connect(); Statement st = c.createStatement()) {
            String problem = compare("users", expected, rows(st, "SELECT id, name, email FROM users WHERE id >= "
                    + Generated.INSERT_BASE + " ORDER BY id", Checks::user));
            st.execute("DELETE FROM users WHERE id >= " + Generated.INSERT_BASE);
            return problem;
        }
    }

    /**
     * @param expected the categories, posts and comments the workload inserted
     * @return what is wrong, or null; deletes every category, post and comment above {@link Generated#INSERT_BASE}
     */
    static @Nullable String insertedBlog(BlogRows expected) throws SQLException {
        long base = Generated.INSERT_BASE;
        try (Connection c = connect(); Statement st = c.createStatement()) {
            String problem = compare("categories", expected.categories(), rows(st, "SELECT id, name FROM category WHERE id > "
                    + base + " ORDER BY id", rs -> new Category(rs.getLong(1), rs.getString(2))));
            if (problem == null) {
                problem = compare("posts", expected.posts(), rows(st, "SELECT id, title, user_id, category_id, created_at FROM post"
                        + " WHERE id > " + base + " ORDER BY id", rs -> new PostRow(rs.getLong(1), rs.getString(2), rs.getLong(3),
                        rs.getLong(4), rs.getObject(5, LocalDateTime.class))));
            }
            if (problem == null) {
                problem = compare("comments", expected.comments(), rows(st, "SELECT id, post_id, user_id, body, created_at FROM comment"
                        + " WHERE id > " + base + " ORDER BY id", rs -> new CommentRow(rs.getLong(1), rs.getLong(2), rs.getLong(3),
                        rs.getString(4), rs.getObject(5, LocalDateTime.class))));
            }
            st.execute("DELETE FROM comment WHERE id > " + base);
            st.execute("DELETE FROM post WHERE id > " + base);
            st.execute("DELETE FROM category WHERE id > " + base);
            return problem;
        }
    }

    /**
     * @param data the dataset
     * @param ops the operations of the mixed workload's round
     * @return what is wrong with its writes, or null; deletes the inserted users and puts the spare users back
     */
    static @Nullable String mixedWrites(Dataset data, List<MixedOp> ops) throws SQLException {
        List<User> inserted = ops.stream().filter(o -> o.kind() == Kind.INSERT_USER).map(MixedOp::user).toList();
        List<User> updated = ops.stream().filter(o -> o.kind() == Kind.UPDATE_USER).map(MixedOp::user).toList();
        long lo = data.persons();
        long hi = data.persons() + data.spareUsers();
        try (Connection c = connect(); Statement st = c.createStatement()) {
            String problem = compare("inserted users", inserted, rows(st, "SELECT id, name, email FROM users WHERE id >= "
                    + Generated.MIXED_BASE + " ORDER BY id", Checks::user));
            if (problem == null) {
                problem = compare("updated users", updated, rows(st, "SELECT id, name, email FROM users WHERE id > " + lo
                        + " AND id <= " + hi + " AND name <> 'spare ' || id ORDER BY id", Checks::user));
            }
            st.execute("DELETE FROM users WHERE id >= " + Generated.MIXED_BASE);
            st.execute("UPDATE users SET name = 'spare ' || id, email = 'spare' || id || '@example.org' WHERE id > " + lo
                    + " AND id <= " + hi + " AND name <> 'spare ' || id");
            return problem;
        }
    }

    /**
     * @param rows how many rows the bulk load sent ({@link Generated#loadRow} 1..rows)
     * @return what is wrong with {@code event_load}, or null; empties it
     */
    static @Nullable String bulkLoaded(long rows) throws SQLException {
        String expected = BULK_EXPECTED.computeIfAbsent(rows, Checks::bulkExpected);
        try (Connection c = connect(); Statement st = c.createStatement()) {
            String actual = rows(st, "SELECT count(*), coalesce(sum(id), 0), coalesce(sum(length(name)), 0), coalesce(sum(amount), 0),"
                    + " count(note), count(*) FILTER (WHERE created_at = timestamp '2024-01-01' + id * interval '1 second'"
                    + " + (id % 1000) * interval '1 microsecond' AND (note IS NULL) = (id % 3 = 0))"
                    + " FROM event_load", rs -> rs.getLong(1) + " " + rs.getLong(2) + " " + rs.getLong(3) + " "
                    + rs.getBigDecimal(4) + " " + rs.getLong(5) + " " + rs.getLong(6)).get(0);
            st.execute("TRUNCATE event_load");
            return expected.equals(actual) ? null : "event_load holds [" + actual + "], expected [" + expected + "]"
                    + " (count, sum of ids, of name lengths, of amounts, notes, rows with the right time and note)";
        }
    }

    private static String bulkExpected(long rows) {
        long nameLengths = 0;
        BigDecimal amounts = BigDecimal.ZERO;
        long notes = 0;
        for (long i = 1; i <= rows; i++) {
            LoadRow r = Generated.loadRow(i);
            nameLengths += r.name().length();
            amounts = amounts.add(r.amount());
            notes += r.note() == null ? 0 : 1;
        }
        return rows + " " + rows * (rows + 1) / 2 + " " + nameLengths + " " + amounts + " " + notes + " " + rows;
    }
}
