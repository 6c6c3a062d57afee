package io.reactiveorm.internal.exec;

import io.r2dbc.spi.Connection;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/** A transaction in progress: its connection, carried in the Reactor {@code Context} of the unit of work. */
final class Transaction {
    private final Connection connection;
    private final Connections connections;
    private final AtomicInteger savepoints = new AtomicInteger();
    private final AtomicBoolean finished = new AtomicBoolean();
    private final StatementGate gate = new StatementGate();

    Transaction(Connection connection, Connections connections) {
        this.connection = connection;
        this.connections = connections;
    }

    Connection connection() {
        return connection;
    }

    String nextSavepoint() {
        return "ro_sp" + savepoints.incrementAndGet();
    }

    /**
     * @param publisher a driver publisher on this transaction's connection that may run before it ends (BEGIN)
     * @return it as a Mono, subscribed off non-blocking threads for a blocking driver
     */
    <T> Mono<T> on(Publisher<T> publisher) {
        return connections.mono(publisher);
    }

    /**
     * @param statement a statement of the unit of work on this transaction's connection
     * @return it, handed to the driver only while the transaction has not begun to end; the end waits for it
     */
    <T> Flux<T> guard(Publisher<T> statement) {
        return gate.guard(statement);
    }

    /**
     * @param statement a statement of the unit of work on this transaction's connection (a savepoint)
     * @return it as a Mono, guarded as in {@link #guard} and subscribed as in {@link #on}
     */
    <T> Mono<T> statement(Publisher<T> statement) {
        return on(guard(statement));
    }

    Mono<Void> commitAndClose() {
        return finish(true);
    }

    Mono<Void> rollbackAndClose() {
        return finish(false);
    }

    /**
     * Ends the transaction and closes the connection, once: a cancel racing the end of {@code begin} may ask twice,
     * and a pooled connection must not be touched after it went back to the pool. Once started, the end runs to
     * completion even if its caller cancels (a cancel racing a COMMIT must neither leave the connection acquired
     * nor stop the COMMIT half-way).
     */
    private Mono<Void> finish(boolean commit) {
        return Mono.defer(() -> {
            if (!finished.compareAndSet(false, true)) {
                return Mono.empty();
            }
            // Statements of the unit end first (a cancelled one is drained); later ones never reach the connection.
            // No server cancel here: a KILL QUERY racing the drain can hit the ROLLBACK instead and wedge the
            // MariaDB driver, leaving the connection acquired; the rollback waits for the statement instead.
            Mono<Void> end = gate.close()
                    .then(on(commit ? connection.commitTransaction() : connection.rollbackTransaction()));
            Sinks.Empty<Void> ended = Sinks.empty();
            end.onErrorResume(e -> connections.closeAfter(connection, e).then(Mono.error(e)))
                    .then(connections.close(connection))
                    .onErrorMap(e -> Errors.translate("transaction", commit ? "COMMIT" : "ROLLBACK", e))
                    .subscribe(null, ended::tryEmitError, ended::tryEmitEmpty);
            return ended.asMono();
        });
    }
}
