package io.reactiveorm.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.r2dbc.pool.ConnectionPool;
import io.r2dbc.pool.PoolMetrics;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import io.reactiveorm.Orm;
import io.reactiveorm.QueryTimeoutException;
import io.reactiveorm.Table;
import java.time.Duration;
import java.util.List;
import java.util.function.ToIntFunction;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import reactor.test.StepVerifier;

/**
 * Faults, on every dialect: callers that give up on slow queries leave nothing behind, neither a statement still
 * running on the server nor a place in the pool's wait queue, so the next query starts at once.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class FaultsConformance {
    /**
     * How long a fault may take to clear: well below the slow query's own run time on a server (10 s), above the
     * short one where it cannot be stopped (H2, SQLite: about a second at most, slower on a loaded machine).
     */
    private static final Duration PROMPTLY = Duration.ofSeconds(3);
    private Orm orm;

    /** @return a connection factory on a fresh, empty schema */
    protected abstract ConnectionFactory connectionFactory();

    /**
     * @return the DDL of {@code quick_row} (id, note; one row: 1, 'quick') and the view {@code slow_row} (id, note)
     *     whose rows take at least 10 s to come; where neither the database nor its driver can stop a running
     *     statement (H2, SQLite), a row that takes longer than the callers wait (300 ms) and comes in about a second
     */
    protected abstract String schemaResource();

    /**
     * @return the number of statements on {@code slow_row} that other sessions are running, read on a connection of
     *     its own; empty if the database cannot show other sessions' statements (an embedded one)
     */
    protected abstract Mono<Long> runningSlowQueries();

    /**
     * @param factory where the ORM's connections come from
     * @return a builder for the suite's ORM; override to set a dialect the driver does not find by itself
     */
    protected Orm.Builder ormBuilder(ConnectionFactory factory) {
        return Orm.builder(factory);
    }

    /** A row that is quick to read. */
    @Table("quick_row")
    public record QuickRow(Long id, String note) {
    }

    /** A row of a view that is slow to read. */
    @Table("slow_row")
    public record SlowRow(Long id, String note) {
    }

    @BeforeAll
    void createSchema() {
        SchemaScripts.run(connectionFactory(), schemaResource()).block(Duration.ofSeconds(60));
        orm = ormBuilder(connectionFactory()).pool(true, 2).build();
    }

    @BeforeEach
    void warmUp() {
        // Both connections open (and the driver's classes loaded), so the slow queries time out while running.
        Flux.range(0, 2).flatMap(i -> orm.inTransaction(tx -> tx.from(QuickRow.class).count().delayElement(Duration.ofMillis(100))))
                .then().block(Duration.ofSeconds(30));
        awaitPool("acquired connections", PoolMetrics::acquiredSize);
        assertThat(orm.from(SlowRow.class).toSql()).as("compiled ahead").contains("slow_row");
    }

    @AfterAll
    void close() {
        if (orm != null) {
            orm.close().block(Duration.ofSeconds(30));
        }
    }

    @Test
    void aCallerGivingUpOnASlowQueryLeavesNothingRunningOnTheConnectionTheNextQueryGets() {
        giveUp(1);
    }

    @Test
    void manyCallersGivingUpOnSlowQueriesLeaveNothingRunningAndNoPlaceInTheQueue() {
        giveUp(40);
    }

    @Test
    void aQueryPastItsTimeoutFailsTypedWithinTheBudgetAndLeavesNothingRunning() {
        long started = System.nanoTime();
        StepVerifier.create(orm.from(SlowRow.class).timeout(Duration.ofMillis(250)).fetchAll())
                .expectErrorSatisfies(e -> assertThat(e).isInstanceOf(QueryTimeoutException.class)
                        .hasMessageContaining("SlowRow").hasMessageContaining("timed out after 250 ms")
                        .hasMessageContaining("slow_row"))
                .verify(Duration.ofSeconds(2));
        long failed = System.nanoTime();
        awaitPool("acquired connections", PoolMetrics::acquiredSize);
        Mono<Long> running = Mono.defer(this::runningSlowQueries).subscribeOn(Schedulers.boundedElastic());
        if (running.block(Duration.ofSeconds(10)) != null) {
            StepVerifier.create(Flux.interval(Duration.ofMillis(50)).onBackpressureDrop()
                            .concatMap(i -> running).filter(n -> n == 0).next())
                    .as("statements on slow_row still running on the server").expectNext(0L).expectComplete().verify(PROMPTLY);
        }
        StepVerifier.create(orm.from(QuickRow.class).timeout(Duration.ofSeconds(5)).count()).expectNext(1L)
                .expectComplete().verify(PROMPTLY);
        System.out.printf("[faults] %s: a query with a 250 ms timeout failed after %d ms; nothing running %d ms later%n",
                orm.dialect(), millis(started, failed), millis(failed, System.nanoTime()));
    }

    /** Callers of the slow query time out; then the pool must clear and a quick query answer at once. */
    private void giveUp(int callers) {
        long started = System.nanoTime();
        Long gaveUp = Flux.range(0, callers)
                .flatMap(i -> orm.from(SlowRow.class).fetchAll().then(Mono.just(0L)).timeout(Duration.ofMillis(300))
                        .onErrorResume(java.util.concurrent.TimeoutException.class, e -> Mono.just(1L)), callers)
                .reduce(0L, Long::sum).block(Duration.ofSeconds(30));
        // Every one on a server that sleeps; where the slow statement is short (H2, SQLite), one that came later may finish.
        assertThat(gaveUp).as("callers that timed out").isPositive();

        long timedOut = System.nanoTime();
        awaitPool("pending acquisitions", PoolMetrics::pendingAcquireSize);
        awaitPool("acquired connections", PoolMetrics::acquiredSize);
        long cleared = System.nanoTime();
        StepVerifier.create(orm.from(QuickRow.class).fetchAll().collectList())
                .expectNext(List.of(new QuickRow(1L, "quick"))).expectComplete().verify(PROMPTLY);
        long answered = System.nanoTime();
        // Read off the timer thread: a driver may load classes on first use.
        Mono<Long> running = Mono.defer(this::runningSlowQueries).subscribeOn(Schedulers.boundedElastic());
        if (running.block(Duration.ofSeconds(10)) != null) {
            StepVerifier.create(Flux.interval(Duration.ofMillis(50)).onBackpressureDrop()
                            .concatMap(i -> running).filter(n -> n == 0).next())
                    .as("statements on slow_row still running on the server").expectNext(0L).expectComplete().verify(PROMPTLY);
        }
        System.out.printf("[faults] %s: %d callers timed out after %d ms; pool clear %d ms later; a quick query took %d ms;"
                        + " nothing running %d ms after the time-outs%n", orm.dialect(), gaveUp, millis(started, timedOut),
                millis(timedOut, cleared), millis(cleared, answered), millis(timedOut, System.nanoTime()));
    }

    /**
     * @param factory where to open a connection of its own
     * @param sql a query returning one count
     * @return the count
     */
    protected static Mono<Long> count(ConnectionFactory factory, String sql) {
        return Mono.usingWhen(factory.create(), c -> Flux.from(c.createStatement(sql).execute())
                .concatMap(r -> r.map(row -> ((Number) row.get(0)).longValue())).single(), Connection::close);
    }

    private static long millis(long from, long to) {
        return Duration.ofNanos(to - from).toMillis();
    }

    private void awaitPool(String what, ToIntFunction<PoolMetrics> metric) {
        PoolMetrics metrics = ((ConnectionPool) orm.connectionFactory()).getMetrics().orElseThrow();
        StepVerifier.create(Flux.interval(Duration.ofMillis(20)).onBackpressureDrop()
                        .map(i -> metric.applyAsInt(metrics)).filter(n -> n == 0).next())
                .as(what).expectNext(0).expectComplete().verify(PROMPTLY);
    }
}
