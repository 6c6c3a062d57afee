package io.reactiveorm.h2;

import static org.assertj.core.api.Assertions.assertThat;

import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import io.reactiveorm.Orm;
import io.reactiveorm.TransactionOptions;
import io.reactiveorm.conformance.Accounts.Account;
import io.reactiveorm.conformance.SchemaScripts;
import io.reactiveorm.spi.ExternalTransactions;
import io.reactiveorm.testing.TestDatabase;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

/**
 * The {@link ExternalTransactions} SPI without any integration library: a minimal manager that keeps its connection in
 * the Reactor Context, as Spring's does. Operations join its transaction; inTransaction starts one.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class H2ExternalTransactionsTest {
    private static final Duration WAIT = Duration.ofSeconds(30);

    @RegisterExtension
    static final TestDatabase db = TestDatabase.h2();

    private final Manager manager = new Manager();
    private Orm orm;

    /** Begins, commits and rolls back on a connection of its own; the connection travels in the Context. */
    private final class Manager implements ExternalTransactions {
        final AtomicInteger started = new AtomicInteger();

        <T> Mono<T> transactional(Mono<T> unit) {
            return Mono.usingWhen(Mono.from(db.connectionFactory().create())
                            .flatMap(c -> Mono.from(c.beginTransaction()).thenReturn(c)),
                    c -> unit.contextWrite(ctx -> ctx.put(Manager.class, c)),
                    c -> Mono.from(c.commitTransaction()).then(Mono.from(c.close())),
                    (c, e) -> Mono.from(c.rollbackTransaction()).then(Mono.from(c.close())),
                    c -> Mono.from(c.rollbackTransaction()).then(Mono.from(c.close())));
        }

        @Override
        public Mono<Connection> connection() {
            return Mono.deferContextual(ctx -> Mono.justOrEmpty(ctx.getOrEmpty(Manager.class).map(Connection.class::cast)));
        }

        @Override
        public <T> Mono<T> inTransaction(TransactionOptions options, Mono<T> unit) {
            started.incrementAndGet();
            return transactional(unit);
        }
    }

    @BeforeAll
    void createSchema() {
        ConnectionFactory factory = db.connectionFactory();
        SchemaScripts.run(factory, "/conformance/h2-writes.sql").block(WAIT);
        orm = Orm.builder(factory).pool(true, 4).externalTransactions(manager).build();
    }

    @AfterAll
    void close() {
        orm.close().block(WAIT);
    }

    @BeforeEach
    void empty() {
        orm.deleteAll(Account.class).execute().block(WAIT);
    }

    private long accounts() {
        return orm.from(Account.class).count().block(WAIT);
    }

    @Test
    void operationsJoinTheExternalTransactionAndRollBackWithIt() {
        int before = manager.started.get();
        Mono<Long> unit = orm.insert(Account.of("a", "1")).then(orm.from(Account.class).stream(1).count())
                .flatMap(seen -> seen == 1 ? Mono.error(new IllegalStateException("external rollback")) : Mono.just(seen));
        StepVerifier.create(manager.transactional(unit)).expectErrorMessage("external rollback").verify(WAIT);
        assertThat(accounts()).isZero();
        assertThat(manager.started).as("no transaction started for the writes").hasValue(before);
    }

    @Test
    void inTransactionStartsAnExternalOneAndIsASavepointInsideOne() {
        int before = manager.started.get();
        orm.inTransaction(tx -> tx.insert(Account.of("committed", "1"))).block(WAIT);
        assertThat(manager.started).hasValue(before + 1);
        StepVerifier.create(orm.inTransaction(tx -> tx.insert(Account.of("rolled back", "1"))
                .then(Mono.error(new IllegalStateException("unit fails"))))).expectErrorMessage("unit fails").verify(WAIT);
        Mono<Long> outer = orm.insert(Account.of("outer", "1"))
                .then(orm.inTransaction(tx -> tx.insert(Account.of("inner", "1")).then(Mono.error(new IllegalStateException()))))
                .onErrorResume(IllegalStateException.class, e -> Mono.empty()).then(orm.from(Account.class).count());
        assertThat(manager.transactional(outer).block(WAIT)).isEqualTo(2);
        assertThat(orm.from(Account.class).fetchAll().map(Account::name).collectList().block(WAIT))
                .containsExactlyInAnyOrder("committed", "outer");
    }

    @Test
    void aBulkLoadsSourceRunsOutsideTheExternalTransaction() {
        orm.insert(Account.of("committed", "1")).block(WAIT);
        Mono<Long> unit = orm.insert(Account.of("uncommitted", "1"))
                .then(orm.bulk(Account.class).load(orm.from(Account.class).fetchAll()
                        .map(a -> new Account(null, "copy", a.balance(), "s", null))));
        assertThat(manager.transactional(unit).block(WAIT)).isEqualTo(1);
        assertThat(accounts()).isEqualTo(3);
    }
}
