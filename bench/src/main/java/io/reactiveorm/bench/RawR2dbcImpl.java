package io.reactiveorm.bench;

import io.netty.buffer.Unpooled;
import io.r2dbc.postgresql.api.PostgresqlConnection;
import io.r2dbc.postgresql.codec.Json;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.Row;
import io.r2dbc.spi.Statement;
import io.r2dbc.spi.Wrapped;
import io.reactiveorm.bench.model.Blog.Post;
import io.reactiveorm.bench.model.Blog.User;
import io.reactiveorm.bench.model.Library.Book;
import io.reactiveorm.bench.model.Library.Person;
import io.reactiveorm.bench.model.Rows.BlogRows;
import io.reactiveorm.bench.model.Rows.Event;
import io.reactiveorm.bench.model.Rows.LoadRow;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Function;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The floor: r2dbc-postgresql through r2dbc-pool, hand-written SQL ({@link Mapping}) and hand-written mapping. */
final class RawR2dbcImpl implements Impl {
    private final ConnectionFactory pool;

    RawR2dbcImpl(ConnectionFactory pool) {
        this.pool = pool;
    }

    @Override
    public String name() {
        return "raw r2dbc";
    }

    @Override
    public Mono<List<Book>> books(long lo) {
        return query(Mapping.BOOKS, Mapping::book, lo, lo + 99).collectList();
    }

    @Override
    public Mono<User> user(long id) {
        return query(Mapping.USER, Mapping::user, id).next();
    }

    @Override
    public Mono<List<Post>> posts(long category) {
        return query(Mapping.POSTS, Mapping::post, category).collectList();
    }

    @Override
    public Mono<Void> insertUsers(List<User> users) {
        return inTransaction(c -> batch(c, Mapping.INSERT_USER, users, u -> new Object[] {u.id(), u.name(), u.email()}));
    }

    @Override
    public Mono<Void> insertBlog(BlogRows rows) {
        return inTransaction(c -> batch(c, Mapping.INSERT_CATEGORY, rows.categories(), x -> new Object[] {x.id(), x.name()})
                .then(batch(c, Mapping.INSERT_POST, rows.posts(),
                        p -> new Object[] {p.id(), p.title(), p.userId(), p.categoryId(), p.createdAt()}))
                .then(batch(c, Mapping.INSERT_COMMENT, rows.comments(),
                        x -> new Object[] {x.id(), x.postId(), x.userId(), x.body(), x.createdAt()})));
    }

    @Override
    public Mono<Void> updateUser(User user) {
        return Mono.usingWhen(pool.create(), c -> batch(c, Mapping.UPDATE_USER, List.of(user),
                u -> new Object[] {u.name(), u.email(), u.id()}), Connection::close);
    }

    private Mono<Void> inTransaction(Function<Connection, Mono<Void>> work) {
        return Mono.usingWhen(pool.create(), c -> Mono.from(c.beginTransaction()).then(work.apply(c))
                .then(Mono.from(c.commitTransaction())), Connection::close, (c, e) -> c.rollbackTransaction(),
                Connection::rollbackTransaction);
    }

    /** One statement with a binding per row ({@code Statement.add()}), executed as one pipelined batch. */
    private static <T> Mono<Void> batch(Connection c, String sql, List<T> rows, Function<T, Object[]> values) {
        Statement statement = c.createStatement(sql);
        for (int i = 0; i < rows.size(); i++) {
            if (i > 0) {
                statement.add();
            }
            Object[] row = values.apply(rows.get(i));
            for (int j = 0; j < row.length; j++) {
                statement.bind(j, row[j]);
            }
        }
        return Flux.from(statement.execute()).flatMap(r -> r.getRowsUpdated()).then();
    }

    @Override
    public Flux<Event> export() {
        return Flux.usingWhen(pool.create(), c -> Flux.from(c.createStatement(Mapping.EXPORT).fetchSize(Harness.FETCH_SIZE).execute())
                .concatMap(result -> result.map((row, meta) -> Mapping.event(columns(row)))), Connection::close);
    }

    /** {@code COPY .. FROM STDIN} on the driver's connection (unwrapped from the pool's), fed 1,000 rows a buffer. */
    @Override
    public Mono<Long> bulkLoad(Flux<LoadRow> rows) {
        return Mono.usingWhen(pool.create(), c -> {
            @SuppressWarnings("unchecked")
            PostgresqlConnection postgres = (PostgresqlConnection) ((Wrapped<Connection>) c).unwrap();
            return postgres.copyIn(Mapping.COPY_LOAD, rows.buffer(1_000).map(chunk -> Unpooled.wrappedBuffer(Mapping.copyText(chunk))));
        }, Connection::close);
    }

    @Override
    public Mono<List<Person>> firstPage(int size) {
        return query(Mapping.FIRST_PAGE, Mapping::person, size).collectList();
    }

    private <T> Flux<T> query(String sql, Function<Mapping.Columns, T> mapper, Object... binds) {
        return Flux.usingWhen(pool.create(), c -> {
            Statement statement = c.createStatement(sql);
            for (int i = 0; i < binds.length; i++) {
                statement.bind(i, binds[i]);
            }
            return Flux.from(statement.execute()).flatMap(result -> result.map((row, meta) -> mapper.apply(columns(row))));
        }, Connection::close);
    }

    private static Mapping.Columns columns(Row row) {
        return new Mapping.Columns() {
            @Override
            public Long longValue(int index) {
                return row.get(index, Long.class);
            }

            @Override
            public String string(int index) {
                Object value = row.get(index);
                return value instanceof Json json ? json.asString() : (String) value;
            }

            @Override
            public LocalDateTime timestamp(int index) {
                return row.get(index, LocalDateTime.class);
            }

            @Override
            public BigDecimal decimal(int index) {
                return row.get(index, BigDecimal.class);
            }
        };
    }
}
