package io.reactiveorm.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactories;
import io.reactiveorm.Id;
import io.reactiveorm.Orm;
import io.reactiveorm.Sort;
import io.reactiveorm.Table;
import io.reactiveorm.testing.PrivatePostgres;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A server restart while the ORM's pool holds idle connections: every one of them is dead afterwards. The next
 * queries on the same {@code Orm} must all succeed: a pooled connection that fails validation is dropped and
 * another one acquired before any statement of the caller is sent.
 */
class PostgresRestartRecoveryTest {
    private static final int POOL = 8;
    private static final int QUERIES_AFTER_RESTART = 200;

    /** A row of the test table. */
    @Table("note")
    record Note(@Id Long id, String text) {
    }

    private static PrivatePostgres server;

    @BeforeAll
    static void startServer() {
        server = PrivatePostgres.start();
        Mono.usingWhen(ConnectionFactories.get(server.url()).create(),
                c -> Flux.from(c.createStatement("CREATE TABLE note (id bigserial PRIMARY KEY, text text NOT NULL);"
                        + " INSERT INTO note (text) SELECT 'n' || g FROM generate_series(1, 50) g").execute())
                        .concatMap(r -> r.getRowsUpdated()).then(),
                Connection::close).block(Duration.ofSeconds(30));
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void everyQueryAfterARestartSucceeds() {
        Orm orm = Orm.builder(ConnectionFactories.get(server.url())).pool(true, POOL).build();
        try {
            for (int restart = 0; restart < 3; restart++) {
                // Fill the pool: every connection is open and idle when the server goes away.
                assertThat(queries(orm, POOL * 4)).isEmpty();
                server.kill();
                server.restart();
                assertThat(queries(orm, QUERIES_AFTER_RESTART)).as("failures after restart %d", restart + 1).isEmpty();
            }
        } finally {
            orm.close().block(Duration.ofSeconds(30));
        }
    }

    /** Runs count and fetch queries, {@link #POOL} at a time; returns the errors. */
    private static List<Throwable> queries(Orm orm, int n) {
        List<Throwable> errors = Collections.synchronizedList(new ArrayList<>());
        Flux.range(0, n).flatMap(i -> (i % 2 == 0
                                ? orm.from(Note.class).count().then()
                                : orm.from(Note.class).orderBy(Sort.asc("id")).limit(5).fetchAll().then())
                        .onErrorResume(e -> {
                            errors.add(e);
                            return Mono.empty();
                        }), POOL)
                .blockLast(Duration.ofMinutes(2));
        return errors;
    }
}
