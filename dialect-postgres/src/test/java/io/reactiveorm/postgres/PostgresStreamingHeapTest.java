package io.reactiveorm.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import io.r2dbc.pool.ConnectionPool;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import io.reactiveorm.Filter;
import io.reactiveorm.Orm;
import io.reactiveorm.Sort;
import io.reactiveorm.conformance.Library.Book;
import io.reactiveorm.testing.TestDatabase;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

/**
 * Streams 100,000 books with their author and reviews to a slow subscriber (10 at a time). Surefire runs this class
 * in its own JVM with {@code -Xmx64m}: buffering the result would fail with OutOfMemoryError.
 */
class PostgresStreamingHeapTest {

    @RegisterExtension
    static final TestDatabase db = TestDatabase.postgres();

    private static Orm orm;

    @BeforeAll
    static void load() {
        db.execute(
                "CREATE TABLE person (id bigint PRIMARY KEY, firstname text NOT NULL, lastname text)",
                "CREATE TABLE book (id bigint PRIMARY KEY, title text NOT NULL, published_at date, author_id bigint REFERENCES person (id))",
                "CREATE TABLE review (id bigint PRIMARY KEY, book_id bigint NOT NULL REFERENCES book (id), reviewer_id bigint REFERENCES person (id), title text)",
                "INSERT INTO person SELECT g, 'first ' || g, repeat('last name ', 5) || g FROM generate_series(1, 10000) g",
                "INSERT INTO book SELECT g, repeat('a long title ', 10) || g, DATE '2000-01-01' + (g % 5000), 1 + g % 10000 FROM generate_series(1, 100000) g",
                "INSERT INTO review SELECT g, 1 + g % 100000, 1 + g % 10000, repeat('review text ', 10) || g FROM generate_series(1, 200000) g",
                "CREATE INDEX review_book ON review (book_id)",
                "ANALYZE").block(Duration.ofMinutes(2));
        orm = Orm.builder(db.connectionFactory()).pool(true, 2).build();
    }

    @AfterAll
    static void close() {
        if (orm != null) {
            orm.close().block(Duration.ofSeconds(10));
        }
    }

    @Test
    void slowSubscriberStreamsAHundredThousandTreesInABoundedHeap() {
        AtomicLong count = new AtomicLong();
        AtomicLong reviews = new AtomicLong();
        Flux<Book> books = orm.from(Book.class)
                .includeTree(t -> t.fields("title").include("author").include("reviews", r -> r.fields("title")))
                .orderBy(Sort.asc("id")).fetchAll();
        StepVerifier.create(books.limitRate(10).doOnNext(b -> {
                    count.incrementAndGet();
                    reviews.addAndGet(b.reviews().size());
                }).then())
                .verifyComplete();
        assertThat(count.get()).isEqualTo(100_000);
        assertThat(reviews.get()).isEqualTo(200_000);
        assertThat(Runtime.getRuntime().maxMemory()).as("the heap is capped by surefire").isLessThan(70L * 1024 * 1024);
    }

    @Test
    void cancellingAfterAHundredRowsReleasesTheConnectionAndStopsTheQuery() {
        Flux<Book> books = orm.from(Book.class).includeTree(t -> t.include("author").include("reviews"))
                .where(Filter.gt("id", 0L)).orderBy(Sort.asc("id")).fetchAll();
        StepVerifier.create(books, 10).expectNextCount(10).thenRequest(90).expectNextCount(90).thenCancel()
                .verify(Duration.ofSeconds(30));
        ConnectionPool pool = (ConnectionPool) orm.connectionFactory();
        StepVerifier.create(Flux.interval(Duration.ofMillis(20)).map(i -> pool.getMetrics().orElseThrow().acquiredSize())
                .filter(n -> n == 0).next()).expectNext(0).verifyComplete();
        StepVerifier.create(Flux.interval(Duration.ofMillis(50)).onBackpressureDrop().concatMap(i -> activeBookQueries(db.connectionFactory()))
                .filter(n -> n == 0).next()).expectNext(0L).verifyComplete();
    }

    private static Mono<Long> activeBookQueries(ConnectionFactory factory) {
        return Mono.usingWhen(factory.create(), c -> Flux.from(c.createStatement(
                        "SELECT count(*) FROM pg_stat_activity WHERE application_name = current_setting('application_name') AND state = 'active' AND query LIKE 'SELECT json_build_array%'").execute())
                .concatMap(r -> r.map(row -> row.get(0, Long.class))).single(), Connection::close);
    }
}
