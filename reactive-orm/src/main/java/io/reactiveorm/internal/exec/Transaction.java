package io.reactiveorm.internal.exec;

import io.r2dbc.spi.Connection;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;

/** A transaction in progress: its connection, carried in the Reactor {@code Context} of the unit of work. */
final class Transaction {
    private final Connection connection;
    private final Connections connections;
    private final AtomicInteger savepoints = new AtomicInteger();
    private final AtomicBoolean finished = new AtomicBoolean();

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
     * @param publisher a driver publisher on this transaction's connection
     * @return it as a Mono, subscribed off non-blocking threads for a blocking driver
     */
    <T> Mono<T> on(Publisher<T> publisher) {
        return connections.mono(publisher);
    }

    Mono<Void> commitAndClose() {
        return finish(true);
    }

    Mono<Void> rollbackAndClose() {
        return finish(false);
    }

    /**
     * Ends the transaction and closes the connection, once: a cancel racing the end of {@code begin} may ask twice,
     * and a pooled connection must not be touched after it went back to the pool.
     */
    private Mono<Void> finish(boolean commit) {
        return Mono.defer(() -> {
            if (!finished.compareAndSet(false, true)) {
                return Mono.empty();
            }
            Mono<Void> end = on(commit ? connection.commitTransaction() : connection.rollbackTransaction());
            Mono<Void> close = connections.close(connection);
            return end.onErrorResume(e -> close.then(Mono.error(e))).then(close);
        });
    }
}
