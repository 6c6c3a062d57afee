package io.reactiveorm.mysql;

import static org.assertj.core.api.Assertions.assertThat;

import io.asyncer.r2dbc.mysql.MySqlConnectionFactoryProvider;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactories;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.ConnectionFactoryOptions;
import io.reactiveorm.IncludeTree;
import io.reactiveorm.Orm;
import io.reactiveorm.QueryExecutionException;
import io.reactiveorm.Sort;
import io.reactiveorm.conformance.Library.Book;
import io.reactiveorm.conformance.Library.Review;
import io.reactiveorm.conformance.SchemaScripts;
import io.reactiveorm.testing.TestDatabase;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

/**
 * What {@link MySqlSessionDefaults} protects against on MariaDB: a nested collection longer than
 * {@code group_concat_max_len} (1 MiB by default) is cut by {@code JSON_ARRAYAGG} into invalid JSON.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MariaDbSessionDefaultsTest {
    private static final int REVIEWS = 3000;
    private static final int TITLE_LENGTH = 500;

    @RegisterExtension
    static final TestDatabase db = TestDatabase.mariadb();

    @BeforeAll
    void createData() {
        SchemaScripts.run(db.connectionFactory(), "/conformance/mariadb.sql").block(Duration.ofSeconds(60));
        // About 1.6 MB of JSON in one book's reviews; seq_1_to_N is MariaDB's SEQUENCE engine.
        db.execute("INSERT INTO book (id, title) VALUES (1, 'Long'), (2, 'Short')",
                        "INSERT INTO review (id, book_id, title) SELECT seq, 1, CONCAT(seq, ' ', REPEAT('é', " + TITLE_LENGTH
                                + ")) FROM seq_1_to_" + REVIEWS,
                        "INSERT INTO review (id, book_id, title) VALUES (" + (REVIEWS + 1) + ", 2, 'only')")
                .block(Duration.ofSeconds(60));
    }

    private static ConnectionFactory withDefaults(ConnectionFactoryOptions options) {
        return ConnectionFactories.get(MySqlSessionDefaults.apply(options));
    }

    private static Flux<Book> books(Orm orm) {
        return orm.from(Book.class).includeTree(IncludeTree.parse("title,reviews(title)")).orderBy(Sort.asc("id")).fetchAll();
    }

    @Test
    void longNestedCollectionsAreCompleteWithTheDefaults() {
        Orm orm = Orm.builder(withDefaults(ConnectionFactoryOptions.parse(db.url()))).build();
        try {
            List<Book> books = books(orm).collectList().block(Duration.ofSeconds(60));
            assertThat(books).hasSize(2);
            List<Review> reviews = books.get(0).reviews();
            assertThat(reviews).hasSize(REVIEWS);
            assertThat(reviews.get(REVIEWS - 1).id()).isEqualTo((long) REVIEWS);
            assertThat(reviews.get(REVIEWS - 1).title()).isEqualTo(REVIEWS + " " + "é".repeat(TITLE_LENGTH));
            assertThat(books.get(1).reviews()).extracting(Review::title).containsExactly("only");
        } finally {
            orm.close().block(Duration.ofSeconds(10));
        }
    }

    @Test
    void withoutTheDefaultsATruncatedCollectionFailsLoudly() {
        Orm orm = Orm.builder(db.connectionFactory()).build();
        try {
            StepVerifier.create(books(orm)).expectError(QueryExecutionException.class).verify(Duration.ofSeconds(60));
        } finally {
            orm.close().block(Duration.ofSeconds(10));
        }
    }

    @Test
    void defaultsWinOverGivenSessionVariablesAndKeepThem() {
        ConnectionFactoryOptions options = ConnectionFactoryOptions.parse(db.url()).mutate()
                .option(MySqlConnectionFactoryProvider.SESSION_VARIABLES, new String[] {"time_zone='+05:00'", "sql_mode='ANSI_QUOTES'"})
                .build();
        Mono<String> settings = Mono.usingWhen(withDefaults(options).create(),
                c -> Flux.from(c.createStatement("SELECT CONCAT_WS('|', @@time_zone, @@group_concat_max_len, @@sql_mode)").execute())
                        .concatMap(r -> r.map(row -> row.get(0, String.class))).single(),
                Connection::close);
        // MariaDB 10.11 clamps 4294967295 to 1 GiB, still far above max_allowed_packet.
        StepVerifier.create(settings.map(s -> s.split("\\|")))
                .assertNext(s -> {
                    assertThat(s[0]).isEqualTo("+00:00");
                    assertThat(Long.parseLong(s[1])).isGreaterThanOrEqualTo(1L << 30);
                    assertThat(s[2]).isEqualTo("ANSI_QUOTES");
                })
                .verifyComplete();
    }
}
