package io.reactiveorm.internal.exec;

import static org.assertj.core.api.Assertions.assertThat;

import io.r2dbc.spi.IsolationLevel;
import io.reactiveorm.QueryExecutionException;
import io.reactiveorm.TransactionOptions;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.test.StepVerifier;
import reactor.util.context.Context;
import reactor.util.context.ContextView;

/**
 * Units of work on a fake connection (no database): what reaches the connection, in which order, on success, error
 * and cancel. The fake driver answers on the subscribing thread, so every step here is synchronous.
 */
class TransactionsTest {
    private FakeConnection connection;
    private FakeConnection.Factory factory;
    private Connections connections;
    private Transactions transactions;

    @BeforeEach
    void fake() {
        connection = new FakeConnection();
        factory = new FakeConnection.Factory(connection);
        connections = new Connections(factory, false, new Sessions(null, factory, false), null);
        transactions = new Transactions(connections);
    }

    /** @return a statement of the unit of work, run on the context's transaction */
    private Mono<Void> statement(String name) {
        return connections.use(c -> ((FakeConnection) c).run(name)).then();
    }

    @Test
    void aUnitThatCompletesCommitsAndClosesTheConnectionOnce() {
        StepVerifier.create(transactions.run(TransactionOptions.DEFAULT, statement("insert a").then(statement("insert b"))
                        .thenReturn("done")))
                .expectNext("done").verifyComplete();
        assertThat(connection.calls()).containsExactly("begin", "insert a", "insert b", "commit", "close");
        assertThat(factory.creations()).isEqualTo(1);
    }

    @Test
    void isolationGoesToBegin() {
        StepVerifier.create(transactions.run(TransactionOptions.DEFAULT.withIsolation(IsolationLevel.SERIALIZABLE),
                statement("select"))).verifyComplete();
        assertThat(connection.calls()).containsExactly("begin " + IsolationLevel.SERIALIZABLE, "select", "commit", "close");
    }

    @Test
    void aUnitThatFailsRollsBackAndPassesItsErrorOn() {
        IllegalStateException failure = new IllegalStateException("unit failed");
        StepVerifier.create(transactions.run(TransactionOptions.DEFAULT, statement("insert").then(Mono.error(failure))))
                .expectErrorSatisfies(e -> assertThat(e).isSameAs(failure))
                .verify();
        assertThat(connection.calls()).containsExactly("begin", "insert", "rollback", "close");
    }

    @Test
    void aFailingRollbackIsKeptAsSuppressedAndTheConnectionIsStillClosed() {
        connection.fail("rollback", new IllegalStateException("connection died"));
        IllegalStateException failure = new IllegalStateException("unit failed");
        StepVerifier.create(transactions.run(TransactionOptions.DEFAULT, statement("insert").then(Mono.error(failure))))
                .expectErrorSatisfies(e -> {
                    assertThat(e).isSameAs(failure);
                    assertThat(e.getSuppressed()).hasSize(1);
                    assertThat(e.getSuppressed()[0]).hasRootCauseMessage("connection died");
                })
                .verify();
        assertThat(connection.calls()).containsExactly("begin", "insert", "rollback", "close");
    }

    @Test
    void aCancelledUnitRollsBackAndNeverCommits() {
        Disposable caller = transactions.run(TransactionOptions.DEFAULT, statement("insert").then(Mono.never())).subscribe();
        assertThat(connection.calls()).containsExactly("begin", "insert");
        caller.dispose();
        assertThat(connection.calls()).containsExactly("begin", "insert", "rollback", "close");
    }

    @Test
    void aCancelWhileAStatementRunsDrainsItAndRollsBackOnlyAfterIt() {
        Sinks.Empty<Void> insert = connection.hold("insert");
        Disposable caller = transactions.run(TransactionOptions.DEFAULT, statement("insert")).subscribe();
        caller.dispose();
        assertThat(connection.calls()).as("the ROLLBACK waits for the statement").containsExactly("begin", "insert");
        insert.tryEmitEmpty();
        assertThat(connection.calls()).as("the statement was drained, not cancelled")
                .containsExactly("begin", "insert", "rollback", "close");
    }

    @Test
    void aCancelWhileBeginIsInFlightRollsBackAndClosesOnceBeginIsDone() {
        Sinks.Empty<Void> begin = connection.hold("begin");
        Disposable caller = transactions.run(TransactionOptions.DEFAULT, statement("insert")).subscribe();
        assertThat(connection.calls()).containsExactly("begin");
        caller.dispose();
        assertThat(connection.calls()).as("BEGIN is never interrupted").containsExactly("begin");
        begin.tryEmitEmpty();
        assertThat(connection.calls()).as("the unit never ran").containsExactly("begin", "rollback", "close");
    }

    @Test
    void aFailingBeginClosesTheConnectionAndNeverRunsTheUnit() {
        connection.fail("begin", new IllegalStateException("BEGIN refused"));
        StepVerifier.create(transactions.run(TransactionOptions.DEFAULT, statement("insert")))
                .expectErrorSatisfies(e -> assertThat(e).isInstanceOf(QueryExecutionException.class)
                        .hasRootCauseMessage("BEGIN refused"))
                .verify();
        assertThat(connection.calls()).containsExactly("begin", "close");
    }

    @Test
    void aCancelWhileCommitIsInFlightCannotUndoItAndClosesOnce() {
        Sinks.Empty<Void> commit = connection.hold("commit");
        AtomicReference<String> delivered = new AtomicReference<>();
        Disposable caller = transactions.run(TransactionOptions.DEFAULT, statement("insert").thenReturn("result"))
                .subscribe(delivered::set);
        assertThat(connection.calls()).containsExactly("begin", "insert", "commit");
        caller.dispose();
        commit.tryEmitEmpty();
        assertThat(connection.calls()).containsExactly("begin", "insert", "commit", "close");
        assertThat(delivered.get()).as("a cancelled caller gets no result").isNull();
    }

    @Test
    void aStatementOfACancelledUnitStartedAfterTheRollbackNeverReachesTheConnection() {
        AtomicReference<ContextView> unitContext = new AtomicReference<>();
        Disposable caller = transactions.run(TransactionOptions.DEFAULT, Mono.deferContextual(context -> {
            unitContext.set(context);
            return Mono.never();
        })).subscribe();
        caller.dispose();
        assertThat(connection.calls()).containsExactly("begin", "rollback", "close");
        StepVerifier.create(statement("late insert").contextWrite(Context.of(unitContext.get())))
                .expectErrorSatisfies(e -> assertThat(e).hasMessageContaining("the transaction has already ended"))
                .verify();
        assertThat(connection.calls()).as("nothing after the ROLLBACK").containsExactly("begin", "rollback", "close");
    }

    @Test
    void aNestedUnitRunsInASavepointOfTheOuterTransaction() {
        StepVerifier.create(transactions.run(TransactionOptions.DEFAULT, statement("outer")
                        .then(transactions.run(TransactionOptions.DEFAULT, statement("inner")))
                        .then(statement("after"))))
                .verifyComplete();
        assertThat(connection.calls()).containsExactly("begin", "outer", "savepoint ro_sp1", "inner", "release ro_sp1",
                "after", "commit", "close");
        assertThat(factory.creations()).as("one connection for both units").isEqualTo(1);
    }

    @Test
    void aFailedNestedUnitRollsBackToItsSavepointAndTheOuterUnitCanStillCommit() {
        StepVerifier.create(transactions.run(TransactionOptions.DEFAULT, statement("outer")
                        .then(transactions.run(TransactionOptions.DEFAULT,
                                statement("inner").then(Mono.error(new IllegalStateException("inner failed"))))
                                .onErrorResume(IllegalStateException.class, e -> Mono.empty()))
                        .then(statement("after"))))
                .verifyComplete();
        assertThat(connection.calls()).containsExactly("begin", "outer", "savepoint ro_sp1", "inner", "rollback to ro_sp1",
                "after", "commit", "close");
    }

    @Test
    void requiredJoinsTheCallersTransactionWithoutASavepoint() {
        StepVerifier.create(transactions.run(TransactionOptions.DEFAULT,
                        statement("outer").then(transactions.required(statement("joined")))))
                .verifyComplete();
        assertThat(connection.calls()).containsExactly("begin", "outer", "joined", "commit", "close");
    }

    @Test
    void aTransactionAskedToEndTwiceEndsOnce() {
        // A cancel racing the delivery of BEGIN's transaction may ask both the unit's lease and BEGIN's hand-over.
        Transaction tx = new Transaction(connection, connections);
        StepVerifier.create(tx.rollbackAndClose()).verifyComplete();
        StepVerifier.create(tx.rollbackAndClose()).verifyComplete();
        StepVerifier.create(tx.commitAndClose()).verifyComplete();
        assertThat(connection.calls()).containsExactly("rollback", "close");
    }

    @Test
    void aCancelRacingTheEndOfBeginRollsBackAndClosesTheConnectionExactlyOnce() throws InterruptedException {
        for (int round = 0; round < 500; round++) {
            fake();
            Sinks.Empty<Void> begin = connection.hold("begin");
            Disposable caller = transactions.run(TransactionOptions.DEFAULT, statement("insert").then(Mono.never())).subscribe();
            CyclicBarrier start = new CyclicBarrier(2);
            Thread racer = new Thread(() -> {
                await(start);
                caller.dispose();
            });
            racer.start();
            await(start);
            begin.tryEmitEmpty();
            racer.join(10_000);
            assertThat(racer.isAlive()).isFalse();
            assertThat(connection.count("close")).as("closes in round %d: %s", round, connection.calls()).isEqualTo(1);
            assertThat(connection.count("rollback")).as("rollbacks in round %d: %s", round, connection.calls()).isEqualTo(1);
            assertThat(connection.count("commit")).as("commits in round %d: %s", round, connection.calls()).isZero();
            assertThat(connection.calls()).as("round %d: no statement after the ROLLBACK", round)
                    .endsWith("rollback", "close");
        }
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException | BrokenBarrierException | TimeoutException e) {
            throw new AssertionError(e);
        }
    }
}
