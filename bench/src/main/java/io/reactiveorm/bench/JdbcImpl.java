package io.reactiveorm.bench;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.reactiveorm.bench.model.Blog.Post;
import io.reactiveorm.bench.model.Blog.User;
import io.reactiveorm.bench.model.Library.Book;
import io.reactiveorm.bench.model.Library.Person;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
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
        return Mono.<Void>fromCallable(() -> {
            try (Connection c = pool.getConnection()) {
                c.setAutoCommit(false);
                try (PreparedStatement s = c.prepareStatement(jdbc(Mapping.INSERT_USER))) {
                    for (User u : users) {
                        s.setLong(1, u.id());
                        s.setString(2, u.name());
                        s.setString(3, u.email());
                        s.addBatch();
                    }
                    s.executeBatch();
                }
                c.commit();
                c.setAutoCommit(true);
            }
            return null;
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
