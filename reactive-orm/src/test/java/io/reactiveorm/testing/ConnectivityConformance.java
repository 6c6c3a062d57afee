package io.reactiveorm.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactories;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.R2dbcException;
import io.r2dbc.spi.Readable;
import java.time.Duration;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

/**
 * Connectivity checks every supported database must pass through {@link TestDatabase}: subclass it once per database
 * with a {@code @RegisterExtension static final TestDatabase} and return that from {@link #database()}.
 */
public abstract class ConnectivityConformance {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    /** The registered, open test database of the subclass. */
    protected abstract TestDatabase database();

    @Test
    void connectsAndSelects() {
        StepVerifier.create(query(database().connectionFactory(), "SELECT 1", row -> row.get(0, Integer.class)))
                .expectNext(1)
                .expectComplete()
                .verify(TIMEOUT);
    }

    @Test
    void insertsWithBindParametersAndReadsBack() {
        TestDatabase db = database();
        db.execute("CREATE TABLE conf_book (id INT PRIMARY KEY, title VARCHAR(100) NOT NULL, pages INT)")
                .block(TIMEOUT);
        String insert = "INSERT INTO conf_book (id, title, pages) VALUES ("
                + db.bindMarker(1) + ", " + db.bindMarker(2) + ", " + db.bindMarker(3) + ")";

        Mono<Long> inserted = Mono.usingWhen(db.connectionFactory().create(), c -> Flux.just(1, 2, 3)
                        .concatMap(i -> {
                            var statement = c.createStatement(insert).bind(0, i).bind(1, "Book " + i);
                            statement = i == 3 ? statement.bindNull(2, Integer.class) : statement.bind(2, 100 * i);
                            return Flux.from(statement.execute()).concatMap(r -> r.getRowsUpdated());
                        })
                        .reduce(0L, Long::sum),
                Connection::close);
        StepVerifier.create(inserted).expectNext(3L).expectComplete().verify(TIMEOUT);

        StepVerifier.create(query(db.connectionFactory(), "SELECT id, title, pages FROM conf_book ORDER BY id",
                        row -> row.get("id", Integer.class) + "|" + row.get("title", String.class) + "|"
                                + row.get("pages", Integer.class)))
                .expectNext("1|Book 1|100", "2|Book 2|200", "3|Book 3|null")
                .expectComplete()
                .verify(TIMEOUT);

        String byTitle = "SELECT id FROM conf_book WHERE title = " + db.bindMarker(1);
        StepVerifier.create(Flux.usingWhen(db.connectionFactory().create(),
                        c -> Flux.from(c.createStatement(byTitle).bind(0, "Book 2").execute())
                                .concatMap(r -> r.map(row -> row.get(0, Integer.class))),
                        Connection::close))
                .expectNext(2)
                .expectComplete()
                .verify(TIMEOUT);
    }

    @Test
    void runsAClasspathScript() {
        TestDatabase db = database();
        db.executeScript("io/reactiveorm/testing/conformance-script.sql").block(TIMEOUT);
        StepVerifier.create(query(db.connectionFactory(), "SELECT COUNT(*) FROM conf_author",
                        row -> row.get(0, Long.class)))
                .expectNext(3L)
                .expectComplete()
                .verify(TIMEOUT);
    }

    @Test
    void urlPointsAtTheFreshSchema() {
        TestDatabase db = database();
        db.execute("CREATE TABLE conf_url (id INT)", "INSERT INTO conf_url (id) VALUES (7)").block(TIMEOUT);
        StepVerifier.create(query(ConnectionFactories.get(db.url()), "SELECT id FROM conf_url",
                        row -> row.get(0, Integer.class)))
                .expectNext(7)
                .expectComplete()
                .verify(TIMEOUT);
    }

    @Test
    void freshSchemaIsIsolatedFromAnotherTestDatabase() {
        TestDatabase db = database();
        db.execute("CREATE TABLE conf_isolated (id INT)").block(TIMEOUT);
        TestDatabase other = db.sibling();
        other.open();
        try {
            assertThat(other.url()).isNotEqualTo(db.url());
            StepVerifier.create(query(other.connectionFactory(), "SELECT COUNT(*) FROM conf_isolated",
                            row -> row.get(0, Long.class)))
                    .expectError(R2dbcException.class)
                    .verify(TIMEOUT);
            StepVerifier.create(query(db.connectionFactory(), "SELECT COUNT(*) FROM conf_isolated",
                            row -> row.get(0, Long.class)))
                    .expectNext(0L)
                    .expectComplete()
                    .verify(TIMEOUT);
        } finally {
            other.close();
        }
    }

    private static <T> Flux<T> query(ConnectionFactory factory, String sql, Function<Readable, T> mapper) {
        return Flux.usingWhen(factory.create(),
                c -> Flux.from(c.createStatement(sql).execute()).concatMap(r -> r.map(mapper::apply)),
                Connection::close);
    }
}
