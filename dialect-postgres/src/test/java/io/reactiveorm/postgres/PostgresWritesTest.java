package io.reactiveorm.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.R2dbcException;
import io.reactiveorm.Filter;
import io.reactiveorm.OrmException;
import io.reactiveorm.RetryableQueryException;
import io.reactiveorm.TransactionOptions;
import io.reactiveorm.conformance.Accounts.Account;
import io.reactiveorm.conformance.WritesConformance;
import io.reactiveorm.testing.TestDatabase;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Signal;
import reactor.core.publisher.Sinks;
import reactor.test.StepVerifier;

/** Writes and transactions on PostgreSQL, plus what only PostgreSQL shows: backends and deadlocks. */
class PostgresWritesTest extends WritesConformance {

    @RegisterExtension
    static final TestDatabase db = TestDatabase.postgres();

    @Override
    protected ConnectionFactory connectionFactory() {
        return db.connectionFactory();
    }

    @Override
    protected String schemaResource() {
        return "/conformance/postgresql-writes.sql";
    }

    @Test
    void cancelledUnitLeavesNoBackendIdleInTransaction() {
        Sinks.Empty<Void> inserted = Sinks.empty();
        StepVerifier.create(orm().inTransaction(tx -> tx.insert(Account.of("cancelled", "1"))
                        .doOnSuccess(a -> inserted.tryEmitEmpty()).then(Mono.never())))
                .then(() -> inserted.asMono().block(Duration.ofSeconds(10))) // cancelled inside the open transaction
                .thenCancel().verify();
        awaitNoAcquiredConnections();
        StepVerifier.create(Flux.interval(Duration.ofMillis(50)).onBackpressureDrop().concatMap(i -> idleInTransaction())
                .filter(n -> n == 0).next()).expectNext(0L).expectComplete().verify(Duration.ofSeconds(5));
    }

    private static Mono<Long> idleInTransaction() {
        return Mono.usingWhen(db.connectionFactory().create(), c -> Flux.from(c.createStatement(
                        "SELECT count(*) FROM pg_stat_activity WHERE application_name = current_setting('application_name') AND state LIKE 'idle in transaction%' AND query LIKE '%account%'").execute())
                .concatMap(r -> r.map(row -> row.get(0, Long.class))).single(), Connection::close);
    }

    @Test
    void aBackendTerminatedInsideATransactionFailsWithTheDriversErrorAndWritesNothing() {
        StepVerifier.create(orm().inTransaction(tx -> tx.insert(Account.of("killed", "1"))
                        .then(terminate("state LIKE 'idle in transaction%'"))
                        .then(tx.insert(Account.of("killed", "2")))))
                .expectErrorSatisfies(PostgresWritesTest::isTheDriversError).verify(Duration.ofSeconds(30));
        awaitNoAcquiredConnections();
        assertThat(orm().from(Account.class).count().block(Duration.ofSeconds(10))).isZero();
    }

    @Test
    void aBackendTerminatedDuringABulkLoadFailsWithTheDriversErrorAndWritesNothing() {
        Flux<Account> rows = Flux.range(0, 3000).map(i -> Account.of("bulk" + i, "1"))
                .concatWith(terminate("query LIKE 'COPY%'").thenMany(Flux.range(0, 3000).map(i -> Account.of("late" + i, "1"))));
        StepVerifier.create(orm().bulk(Account.class).load(rows))
                .expectErrorSatisfies(PostgresWritesTest::isTheDriversError).verify(Duration.ofSeconds(30));
        awaitNoAcquiredConnections();
        assertThat(orm().from(Account.class).count().block(Duration.ofSeconds(10))).isZero();
    }

    /** An ORM error whose cause is the driver's, not Reactor's "Async resource cleanup failed" wrapper. */
    private static void isTheDriversError(Throwable e) {
        assertThat(e).isInstanceOf(OrmException.class).hasMessageNotContaining("Async resource cleanup");
        assertThat(e.getCause()).isInstanceOf(R2dbcException.class);
    }

    /** Terminates, from a connection of its own, the one other backend of this schema's tests in that state. */
    private static Mono<Void> terminate(String condition) {
        return Mono.usingWhen(db.connectionFactory().create(), c -> Flux.from(c.createStatement(
                                "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE application_name = current_setting('application_name')"
                                        + " AND pid <> pg_backend_pid() AND " + condition).execute())
                        .concatMap(r -> r.map(row -> row.get(0, Long.class))).single(), Connection::close)
                .doOnNext(n -> assertThat(n).as("backends terminated").isEqualTo(1L)).then();
    }

    @Test
    void oppositeOrderUpdatesDeadlockOnceAndCommitWithRetries() {
        List<Account> rows = orm().insertAll(List.of(Account.of("one", "0"), Account.of("two", "0"))).block(Duration.ofSeconds(10));
        long first = rows.get(0).id();
        long second = rows.get(1).id();
        AtomicInteger deadlocks = new AtomicInteger();
        Sinks.Many<Long> locked = Sinks.many().replay().all();
        // materialize: the deadlocked unit's error must not cancel the other unit, which then commits.
        StepVerifier.create(Mono.zip(crossed(first, second, TransactionOptions.DEFAULT, deadlocks, locked).materialize(),
                        crossed(second, first, TransactionOptions.DEFAULT, deadlocks, locked).materialize()))
                .assertNext(both -> assertThat(List.of(both.getT1(), both.getT2())).filteredOn(Signal::isOnError).hasSize(1))
                .expectComplete().verify(Duration.ofSeconds(30));
        assertThat(deadlocks.get()).as("typed deadlock errors").isEqualTo(1);

        deadlocks.set(0);
        Sinks.Many<Long> lockedAgain = Sinks.many().replay().all();
        Mono.zip(crossed(first, second, TransactionOptions.DEFAULT.withRetries(3), deadlocks, lockedAgain),
                crossed(second, first, TransactionOptions.DEFAULT.withRetries(3), deadlocks, lockedAgain)).block(Duration.ofSeconds(30));
        assertThat(deadlocks.get()).isGreaterThanOrEqualTo(1);
        assertThat(orm().from(Account.class).fetchAll().map(a -> a.balance().intValue()).collectList().block())
                .as("one unit committed in the first round, both in the second").containsOnly(3);
    }

    /** Updates {@code a}, waits until the other unit has locked its first row too, then updates {@code b}. */
    private Mono<Long> crossed(long a, long b, TransactionOptions options, AtomicInteger deadlocks, Sinks.Many<Long> locked) {
        return orm().inTransaction(options, tx -> tx.updateAll(Account.class).increment("balance", BigDecimal.ONE)
                .where(Filter.eq("id", a)).execute()
                .then(Mono.defer(() -> {
                    locked.tryEmitNext(a);
                    return locked.asFlux().filter(id -> id == b).next().timeout(Duration.ofSeconds(2), Mono.just(b));
                }))
                .then(tx.updateAll(Account.class).increment("balance", BigDecimal.ONE).where(Filter.eq("id", b)).execute())
                .doOnError(RetryableQueryException.class, e -> deadlocks.incrementAndGet()));
    }
}
