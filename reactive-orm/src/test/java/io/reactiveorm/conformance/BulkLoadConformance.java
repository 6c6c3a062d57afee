package io.reactiveorm.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.r2dbc.pool.ConnectionPool;
import io.r2dbc.spi.ConnectionFactory;
import io.reactiveorm.BulkLoadException;
import io.reactiveorm.Filter;
import io.reactiveorm.InvalidQueryException;
import io.reactiveorm.Orm;
import io.reactiveorm.Sort;
import io.reactiveorm.conformance.Accounts.Account;
import io.reactiveorm.spi.BulkConflict;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

/**
 * Bulk loads, on every dialect: the type matrix round-trips, a rejected row or a failing source writes nothing and
 * names the row, cancel writes nothing and frees the connection, the caller's transaction is joined, conflict
 * handling works or fails clearly, and 100,000 rows load.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class BulkLoadConformance {
    private Orm orm;

    /** @return a connection factory on a fresh, empty schema */
    protected abstract ConnectionFactory connectionFactory();

    /** @return the DDL resources creating the {@code typed} and {@code account} tables */
    protected abstract List<String> schemaResources();

    /**
     * @param conflict a conflict handling
     * @return whether the database supports it in bulk loads
     */
    protected boolean supports(BulkConflict conflict) {
        return true;
    }

    /**
     * @param factory where the ORM's connections come from
     * @return a builder for every ORM of the suite; override to set a dialect the driver does not find by itself
     */
    protected Orm.Builder ormBuilder(ConnectionFactory factory) {
        return Orm.builder(factory);
    }

    /** @return the ORM under test */
    protected Orm orm() {
        return orm;
    }

    @BeforeAll
    void createSchema() {
        schemaResources().forEach(r -> SchemaScripts.run(connectionFactory(), r).block(Duration.ofSeconds(60)));
        orm = ormBuilder(connectionFactory()).pool(true, 4).build();
    }

    @AfterAll
    void close() {
        if (orm != null) {
            orm.close().block(Duration.ofSeconds(10));
        }
    }

    @BeforeEach
    void empty() {
        orm.deleteAll(Account.class).execute().block(Duration.ofSeconds(30));
        orm.deleteAll(Typed.class).execute().block(Duration.ofSeconds(30));
    }

    /** @param i the row number @return a valid account */
    protected static Account account(long i) {
        return new Account(null, "n" + i, BigDecimal.valueOf(i, 2), "s", null);
    }

    private long accounts() {
        return orm.from(Account.class).count().block(Duration.ofSeconds(30));
    }

    @Test
    void typeMatrixRoundTrips() {
        List<Typed> expected = ReferenceData.typedRows();
        assertThat(orm.bulk(Typed.class).batchSize(2).load(Flux.fromIterable(expected)).block(Duration.ofSeconds(30)))
                .isEqualTo(expected.size());
        assertThat(orm.from(Typed.class).orderBy(Sort.asc("id")).fetchAll().collectList().block(Duration.ofSeconds(30)))
                .containsExactlyElementsOf(expected);
    }

    @Test
    void emptySourceWritesNothing() {
        assertThat(orm.bulk(Account.class).load(Flux.empty()).block(Duration.ofSeconds(10))).isZero();
    }

    @Test
    void generatedIdsAndVersionStartAtZero() {
        assertThat(orm.bulk(Account.class).load(Flux.range(1, 3).map(BulkLoadConformance::account)).block(Duration.ofSeconds(10)))
                .isEqualTo(3);
        List<Account> rows = orm.from(Account.class).orderBy(Sort.asc("id")).fetchAll().collectList().block(Duration.ofSeconds(10));
        assertThat(rows).extracting(Account::name).containsExactly("n1", "n2", "n3");
        assertThat(rows).extracting(Account::version).containsOnly(0L);
        assertThat(rows).extracting(Account::id).doesNotContainNull().doesNotHaveDuplicates();
    }

    @Test
    void rejectedRowAbortsTheLoadAndIsNamed() {
        Flux<Account> rows = Flux.range(1, 10_000).map(i -> i == 5_000 ? new Account(null, null, BigDecimal.ONE, "s", null) : account(i));
        StepVerifier.create(orm.bulk(Account.class).load(rows))
                .expectErrorSatisfies(e -> {
                    assertThat(e).isInstanceOf(BulkLoadException.class).hasMessageContaining("row 5000");
                    assertThat(((BulkLoadException) e).row()).isEqualTo(5000);
                    assertThat(((BulkLoadException) e).column()).isEqualToIgnoringCase("name");
                })
                .verify(Duration.ofSeconds(60));
        assertThat(accounts()).isZero();
        awaitNoAcquiredConnections();
    }

    @Test
    void duplicateIdAbortsTheLoad() {
        List<Typed> typed = ReferenceData.typedRows();
        StepVerifier.create(orm.bulk(Typed.class).load(Flux.concat(Flux.fromIterable(typed), Flux.just(typed.get(0)))))
                .expectErrorSatisfies(e -> assertThat(e).isInstanceOf(BulkLoadException.class)
                        .satisfies(b -> assertThat(((BulkLoadException) b).row()).isIn(0L, 4L)))
                .verify(Duration.ofSeconds(30));
        assertThat(orm.from(Typed.class).count().block(Duration.ofSeconds(10))).isZero();
    }

    @Test
    void failingSourceAbortsTheLoadAndIsNamed() {
        Flux<Account> rows = Flux.range(1, 10_000).map(i -> {
            if (i == 5_000) {
                throw new IllegalStateException("source broke");
            }
            return account(i);
        });
        StepVerifier.create(orm.bulk(Account.class).load(rows))
                .expectErrorSatisfies(e -> {
                    assertThat(e).isInstanceOf(BulkLoadException.class).hasMessageContaining("row 5000")
                            .hasMessageContaining("source broke").hasRootCauseInstanceOf(IllegalStateException.class);
                })
                .verify(Duration.ofSeconds(60));
        assertThat(accounts()).isZero();
    }

    @Test
    void cancelWritesNothingAndFreesTheConnection() {
        AtomicLong emitted = new AtomicLong();
        Flux<Account> stalled = Flux.range(1, 5_000).map(BulkLoadConformance::account).doOnNext(a -> emitted.incrementAndGet())
                .concatWith(Flux.never());
        StepVerifier.create(orm.bulk(Account.class).load(stalled))
                .then(() -> awaitEmitted(emitted, 5_000))
                .thenCancel().verify(Duration.ofSeconds(30));
        awaitNoAcquiredConnections();
        assertThat(accounts()).isZero();
        assertThat(orm.bulk(Account.class).load(Flux.range(1, 10).map(BulkLoadConformance::account)).block(Duration.ofSeconds(10)))
                .as("connections still usable").isEqualTo(10);
    }

    @Test
    void loadsCancelledAtRandomPointsWriteAllOrNothing() {
        int rowsPerLoad = 200_000;
        java.util.Random random = new java.util.Random(7);
        // Back to back: the next load starts while the cancelled one is still being rolled back.
        List<Long> written = Flux.range(0, 40).concatMap(i -> orm.bulk(Account.class)
                        .load(Flux.range(1, rowsPerLoad).map(BulkLoadConformance::account))
                        .take(Duration.ofMillis(random.nextInt(400))).onErrorResume(e -> Mono.empty()))
                .collectList().block(Duration.ofMinutes(5));
        awaitNoAcquiredConnections();
        long rows = accounts();
        // A cancel that arrives while COMMIT is in flight cannot undo it, so a load may keep all its rows unreported;
        // never only some of them.
        assertThat(rows % rowsPerLoad).as("rows of partly written loads (%d rows in all)", rows).isZero();
        assertThat(rows).isGreaterThanOrEqualTo((long) written.size() * rowsPerLoad);
        assertThat(written).allMatch(n -> n == rowsPerLoad);
        assertThat(orm.bulk(Account.class).load(Flux.range(1, 10).map(BulkLoadConformance::account)).block(Duration.ofSeconds(10)))
                .as("connections still usable").isEqualTo(10);
    }

    private static void awaitEmitted(AtomicLong emitted, long n) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (emitted.get() < n && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertThat(emitted.get()).isEqualTo(n);
    }

    @Test
    void joinsTheCallersTransaction() {
        StepVerifier.create(orm.inTransaction(tx -> tx.bulk(Account.class).load(Flux.range(1, 2_500).map(BulkLoadConformance::account))
                        .then(Mono.error(new IllegalStateException("caller failed")))))
                .expectErrorMessage("caller failed").verify(Duration.ofSeconds(30));
        assertThat(accounts()).isZero();
        Long seen = orm.inTransaction(tx -> tx.insert(account(0))
                .then(tx.bulk(Account.class).load(Flux.range(1, 2_500).map(BulkLoadConformance::account)))
                .then(tx.from(Account.class).count())).block(Duration.ofSeconds(30));
        assertThat(seen).isEqualTo(2_501);
        assertThat(accounts()).isEqualTo(2_501);
    }

    @Test
    void aSourceQueryingThroughTheOrmRunsOutsideTheLoadsTransaction() {
        orm.bulk(Account.class).load(Flux.range(1, 3_000).map(BulkLoadConformance::account)).block(Duration.ofSeconds(30));
        Flux<Account> copies = orm.from(Account.class).orderBy(Sort.asc("id")).stream(500)
                .map(a -> new Account(null, "copy of " + a.name(), a.balance(), "copy", null));
        assertThat(orm.bulk(Account.class).batchSize(700).load(copies).block(Duration.ofSeconds(60))).isEqualTo(3_000);
        assertThat(orm.from(Account.class).where(Filter.eq("status", "copy")).count().block(Duration.ofSeconds(10))).isEqualTo(3_000);
        awaitNoAcquiredConnections();
    }

    @Test
    void aSourceInsideAUnitSeesCommittedRowsOnly() {
        orm.bulk(Account.class).load(Flux.range(1, 10).map(BulkLoadConformance::account)).block(Duration.ofSeconds(30));
        Long loaded = orm.inTransaction(tx -> tx.insert(account(11))
                .then(tx.bulk(Account.class).load(tx.from(Account.class).fetchAll()
                        .map(a -> new Account(null, a.name(), a.balance(), "copy", null)))))
                .block(Duration.ofSeconds(30));
        assertThat(loaded).as("the unit's own insert is not committed yet").isEqualTo(10);
        assertThat(accounts()).isEqualTo(21);
    }

    @Test
    void conflictsSkipOrUpdateWhereSupported() {
        List<Typed> typed = ReferenceData.typedRows();
        orm.bulk(Typed.class).load(Flux.fromIterable(typed.subList(0, 2))).block(Duration.ofSeconds(10));
        Typed changed = new Typed(2L, "changed", 1, 1L, (short) 1, true, null, null, null, null, null, null, null, null,
                null, null, null, null, 5L, true);
        Flux<Typed> again = Flux.just(changed, typed.get(2));
        if (!supports(BulkConflict.SKIP)) {
            StepVerifier.create(orm.bulk(Typed.class).onConflictSkip().load(again))
                    .expectError(InvalidQueryException.class).verify(Duration.ofSeconds(10));
        } else {
            orm.bulk(Typed.class).onConflictSkip().load(again).block(Duration.ofSeconds(10));
            assertThat(orm.from(Typed.class).orderBy(Sort.asc("id")).fetchAll().collectList().block(Duration.ofSeconds(10)))
                    .containsExactlyElementsOf(typed);
        }
        if (!supports(BulkConflict.UPDATE)) {
            StepVerifier.create(orm.bulk(Typed.class).onConflictUpdate().load(again))
                    .expectError(InvalidQueryException.class).verify(Duration.ofSeconds(10));
        } else {
            orm.bulk(Typed.class).onConflictUpdate().load(again).block(Duration.ofSeconds(10));
            assertThat(orm.from(Typed.class).where(Filter.eq("id", 2L)).fetchOne().block(Duration.ofSeconds(10))).isEqualTo(changed);
            assertThat(orm.from(Typed.class).count().block(Duration.ofSeconds(10))).isEqualTo(3);
        }
    }

    @Test
    void conflictHandlingNeedsIds() {
        StepVerifier.create(orm.bulk(Account.class).onConflictUpdate().load(Flux.just(account(1))))
                .expectError(InvalidQueryException.class).verify(Duration.ofSeconds(10));
        assertThat(accounts()).isZero();
    }

    @Test
    void hundredThousandRowsLoad() {
        long written = orm.bulk(Account.class).load(Flux.range(1, 100_000).map(BulkLoadConformance::account))
                .block(Duration.ofSeconds(300));
        assertThat(written).isEqualTo(100_000);
        assertThat(accounts()).isEqualTo(100_000);
        awaitNoAcquiredConnections();
    }

    /** Waits until the pool has no acquired connection (fails after 30 s: cleanup after cancel is asynchronous). */
    protected void awaitNoAcquiredConnections() {
        ConnectionPool pool = (ConnectionPool) orm.connectionFactory();
        StepVerifier.create(Flux.interval(Duration.ofMillis(20)).onBackpressureDrop()
                        .map(i -> pool.getMetrics().orElseThrow().acquiredSize()).filter(n -> n == 0).next())
                .expectNext(0).expectComplete().verify(Duration.ofSeconds(30));
    }
}
