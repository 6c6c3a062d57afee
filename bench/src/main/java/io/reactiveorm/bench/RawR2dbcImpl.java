package io.reactiveorm.bench;

import io.r2dbc.postgresql.codec.Json;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.Row;
import io.r2dbc.spi.Statement;
import io.reactiveorm.bench.model.Blog.Post;
import io.reactiveorm.bench.model.Blog.User;
import io.reactiveorm.bench.model.Library.Book;
import io.reactiveorm.bench.model.Library.Person;
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
        return Mono.usingWhen(pool.create(), c -> Mono.from(c.beginTransaction())
                        .then(Flux.from(insert(c, users).execute()).flatMap(r -> r.getRowsUpdated()).then())
                        .then(Mono.from(c.commitTransaction())),
                Connection::close);
    }

    private static Statement insert(Connection c, List<User> users) {
        Statement statement = c.createStatement(Mapping.INSERT_USER);
        for (int i = 0; i < users.size(); i++) {
            if (i > 0) {
                statement.add();
            }
            User u = users.get(i);
            statement.bind(0, u.id()).bind(1, u.name()).bind(2, u.email());
        }
        return statement;
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
        };
    }
}
