package io.reactiveorm.internal.exec;

import io.r2dbc.spi.Batch;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.ConnectionFactoryMetadata;
import io.r2dbc.spi.ConnectionMetadata;
import io.r2dbc.spi.IsolationLevel;
import io.r2dbc.spi.Statement;
import io.r2dbc.spi.TransactionDefinition;
import io.r2dbc.spi.ValidationDepth;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/**
 * A connection that records what reaches it: each call is recorded when its publisher is subscribed (when the
 * driver would run it), not when the publisher is made. A call is held until the test completes it if the test
 * asked so ({@link #hold}); otherwise it completes at once. Statements are {@link #run} calls of the unit of work.
 */
final class FakeConnection implements Connection {
    private final List<String> calls = new ArrayList<>();
    private final Map<String, Sinks.Empty<Void>> held = new ConcurrentHashMap<>();
    private final Map<String, RuntimeException> failing = new ConcurrentHashMap<>();

    /**
     * @param call a call name ("begin", "commit", "rollback", "close", "savepoint ro_sp1", a statement)
     * @return its completion: the call, once subscribed, ends only when the test completes or fails this sink
     */
    Sinks.Empty<Void> hold(String call) {
        Sinks.Empty<Void> sink = Sinks.empty();
        held.put(call, sink);
        return sink;
    }

    /** @param call a call name @param error what it fails with once subscribed */
    void fail(String call, RuntimeException error) {
        failing.put(call, error);
    }

    /** @return the calls that reached the connection so far, in order */
    synchronized List<String> calls() {
        return List.copyOf(calls);
    }

    /** @return how often {@code call} reached the connection */
    synchronized long count(String call) {
        return calls.stream().filter(call::equals).count();
    }

    /**
     * @param statement a statement name
     * @return a driver publisher that records the statement when subscribed, and "cancel statement" if cancelled
     */
    Mono<Void> run(String statement) {
        return call(statement);
    }

    private Mono<Void> call(String name) {
        return Mono.defer(() -> {
            record(name);
            RuntimeException error = failing.get(name);
            if (error != null) {
                return Mono.error(error);
            }
            Sinks.Empty<Void> sink = held.get(name);
            return sink == null ? Mono.<Void>empty() : sink.asMono();
        }).doOnCancel(() -> record("cancel " + name));
    }

    private synchronized void record(String name) {
        calls.add(name);
    }

    @Override
    public Publisher<Void> beginTransaction() {
        return call("begin");
    }

    @Override
    public Publisher<Void> beginTransaction(TransactionDefinition definition) {
        return call("begin " + definition.getAttribute(TransactionDefinition.ISOLATION_LEVEL));
    }

    @Override
    public Publisher<Void> close() {
        return call("close");
    }

    @Override
    public Publisher<Void> commitTransaction() {
        return call("commit");
    }

    @Override
    public Batch createBatch() {
        throw new UnsupportedOperationException("createBatch");
    }

    @Override
    public Publisher<Void> createSavepoint(String name) {
        return call("savepoint " + name);
    }

    @Override
    public Statement createStatement(String sql) {
        throw new UnsupportedOperationException("createStatement: use run()");
    }

    @Override
    public boolean isAutoCommit() {
        return true;
    }

    @Override
    public ConnectionMetadata getMetadata() {
        throw new UnsupportedOperationException("getMetadata");
    }

    @Override
    public IsolationLevel getTransactionIsolationLevel() {
        return IsolationLevel.READ_COMMITTED;
    }

    @Override
    public Publisher<Void> releaseSavepoint(String name) {
        return call("release " + name);
    }

    @Override
    public Publisher<Void> rollbackTransaction() {
        return call("rollback");
    }

    @Override
    public Publisher<Void> rollbackTransactionToSavepoint(String name) {
        return call("rollback to " + name);
    }

    @Override
    public Publisher<Void> setAutoCommit(boolean autoCommit) {
        return call("autocommit " + autoCommit);
    }

    @Override
    public Publisher<Void> setLockWaitTimeout(Duration timeout) {
        return call("lock wait timeout");
    }

    @Override
    public Publisher<Void> setStatementTimeout(Duration timeout) {
        return call("statement timeout");
    }

    @Override
    public Publisher<Void> setTransactionIsolationLevel(IsolationLevel isolationLevel) {
        return call("isolation " + isolationLevel);
    }

    @Override
    public Publisher<Boolean> validate(ValidationDepth depth) {
        return Mono.just(true);
    }

    /** Hands out the same fake connection on every {@code create()}, counting them. */
    static final class Factory implements ConnectionFactory {
        private final FakeConnection connection;
        private final AtomicInteger creations = new AtomicInteger();

        Factory(FakeConnection connection) {
            this.connection = connection;
        }

        @Override
        public Publisher<? extends Connection> create() {
            return Mono.fromSupplier(() -> {
                creations.incrementAndGet();
                return connection;
            });
        }

        /** @return how many connections were asked for */
        int creations() {
            return creations.get();
        }

        @Override
        public ConnectionFactoryMetadata getMetadata() {
            return () -> "fake";
        }
    }
}
