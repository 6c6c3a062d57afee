package io.reactiveorm.bench;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.reactiveorm.bench.model.Blog.Post;
import io.reactiveorm.bench.model.Blog.User;
import io.reactiveorm.bench.model.Library.Book;
import io.reactiveorm.bench.model.Library.Person;
import io.reactiveorm.bench.model.Rows.BlogRows;
import io.reactiveorm.bench.model.Rows.Event;
import io.reactiveorm.bench.model.Rows.LoadRow;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/** Plain JDBC (pgjdbc + HikariCP) with the same SQL and mapping as the raw R2DBC floor, on a bounded scheduler. */
final class JdbcImpl implements Impl {
    private final HikariDataSource pool;
    private final Scheduler scheduler;

    JdbcImpl(int poolSize) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(Dataset.jdbcUrl(Dataset.DATABASE));
        config.setMaximumPoolSize(poolSize);
        config.setMinimumIdle(poolSize);
        pool = new HikariDataSource(config);
        scheduler = Schedulers.newBoundedElastic(poolSize, 100_000, "jdbc");
    }

    @Override
    public String name() {
        return "JDBC";
    }

    @Override
    public Mono<List<Book>> books(long lo) {
        return query(Mapping.BOOKS, Mapping::book, lo, lo + 99);
    }

    @Override
    public Mono<User> user(long id) {
        return query(Mapping.USER, Mapping::user, id).map(list -> list.get(0));
    }

    @Override
    public Mono<List<Post>> posts(long category) {
        return query(Mapping.POSTS, Mapping::post, category);
    }

    @Override
    public Mono<Void> insertUsers(List<User> users) {
        return inTransaction(c -> batch(c, Mapping.INSERT_USER, users, u -> new Object[] {u.id(), u.name(), u.email()}));
    }

    @Override
    public Mono<Void> insertBlog(BlogRows rows) {
        return inTransaction(c -> {
            batch(c, Mapping.INSERT_CATEGORY, rows.categories(), x -> new Object[] {x.id(), x.name()});
            batch(c, Mapping.INSERT_POST, rows.posts(), p -> new Object[] {p.id(), p.title(), p.userId(), p.categoryId(), p.createdAt()});
            batch(c, Mapping.INSERT_COMMENT, rows.comments(),
                    x -> new Object[] {x.id(), x.postId(), x.userId(), x.body(), x.createdAt()});
        });
    }

    @Override
    public Mono<Void> updateUser(User user) {
        return Mono.<Void>fromCallable(() -> {
            try (Connection c = pool.getConnection()) {
                batch(c, Mapping.UPDATE_USER, List.of(user), u -> new Object[] {u.name(), u.email(), u.id()});
            }
            return null;
        }).subscribeOn(scheduler);
    }

    private interface Work {
        void run(Connection connection) throws SQLException;
    }

    private Mono<Void> inTransaction(Work work) {
        return Mono.<Void>fromCallable(() -> {
            try (Connection c = pool.getConnection()) {
                c.setAutoCommit(false);
                try {
                    work.run(c);
                    c.commit();
                } catch (SQLException | RuntimeException e) {
                    c.rollback();
                    throw e;
                } finally {
                    c.setAutoCommit(true);
                }
            }
            return null;
        }).subscribeOn(scheduler);
    }

    private static <T> void batch(Connection c, String sql, List<T> rows, Function<T, Object[]> values) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(jdbc(sql))) {
            for (T row : rows) {
                Object[] v = values.apply(row);
                for (int i = 0; i < v.length; i++) {
                    s.setObject(i + 1, v[i]);
                }
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    /** A server-side cursor (autocommit off, fetch size set) read row by row as the subscriber requests. */
    @Override
    public Flux<Event> export() {
        return Flux.using(() -> Cursor.open(pool.getConnection(), Mapping.EXPORT, Harness.FETCH_SIZE), cursor -> {
            Mapping.Columns columns = columns(cursor.rows());
            return Flux.<Event>generate(sink -> {
                if (call(() -> cursor.rows().next())) {
                    sink.next(Mapping.event(columns));
                } else {
                    sink.complete();
                }
            });
        }, Cursor::close).subscribeOn(scheduler);
    }

    /** An open query on a connection of its own. */
    private record Cursor(Connection connection, PreparedStatement statement, ResultSet rows) {
        static Cursor open(Connection connection, String sql, int fetchSize) throws SQLException {
            connection.setAutoCommit(false);
            PreparedStatement statement = connection.prepareStatement(sql);
            statement.setFetchSize(fetchSize);
            return new Cursor(connection, statement, statement.executeQuery());
        }

        void close() {
            call(() -> {
                rows.close();
                statement.close();
                connection.rollback();
                connection.setAutoCommit(true);
                connection.close();
                return null;
            });
        }
    }

    /** pgjdbc's CopyManager, fed 1,000 rows a write from the (synchronous) source on the JDBC thread. */
    @Override
    public Mono<Long> bulkLoad(Flux<LoadRow> rows) {
        return Mono.fromCallable(() -> {
            try (Connection c = pool.getConnection()) {
                CopyIn copy = c.unwrap(PGConnection.class).getCopyAPI().copyIn(Mapping.COPY_LOAD);
                try {
                    for (List<LoadRow> chunk : rows.buffer(1_000).toIterable()) {
                        byte[] bytes = Mapping.copyText(chunk);
                        copy.writeToCopy(bytes, 0, bytes.length);
                    }
                    return copy.endCopy();
                } finally {
                    if (copy.isActive()) {
                        copy.cancelCopy();
                    }
                }
            }
        }).subscribeOn(scheduler);
    }

    @Override
    public Mono<List<Person>> firstPage(int size) {
        return query(Mapping.FIRST_PAGE, Mapping::person, size);
    }

    private <T> Mono<List<T>> query(String sql, Function<Mapping.Columns, T> mapper, Object... binds) {
        return Mono.fromCallable(() -> {
            try (Connection c = pool.getConnection(); PreparedStatement s = c.prepareStatement(jdbc(sql))) {
                for (int i = 0; i < binds.length; i++) {
                    s.setObject(i + 1, binds[i]);
                }
                List<T> out = new ArrayList<>();
                try (ResultSet rs = s.executeQuery()) {
                    Mapping.Columns columns = columns(rs);
                    while (rs.next()) {
                        out.add(mapper.apply(columns));
                    }
                }
                return out;
            }
        }).subscribeOn(scheduler);
    }

    private static String jdbc(String sql) {
        return sql.replaceAll("\\$\\d+", "?");
    }

    private static Mapping.Columns columns(ResultSet rs) {
        return new Mapping.Columns() {
            @Override
            public Long longValue(int index) {
                return call(() -> rs.getLong(index + 1));
            }

            @Override
            public String string(int index) {
                return call(() -> rs.getString(index + 1));
            }

            @Override
            public LocalDateTime timestamp(int index) {
                return call(() -> rs.getObject(index + 1, LocalDateTime.class));
            }

            @Override
            public BigDecimal decimal(int index) {
                return call(() -> rs.getBigDecimal(index + 1));
            }
        };
    }

    private interface SqlCall<T> {
        T call() throws SQLException;
    }

    private static <T> T call(SqlCall<T> call) {
        try {
            return call.call();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        pool.close();
        scheduler.dispose();
    }
}
