package io.reactiveorm.internal.exec;

import io.r2dbc.spi.Connection;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** A transaction in progress: its connection, carried in the Reactor {@code Context} of the unit of work. */
final class Transaction {
    private final Connection connection;
    private final AtomicInteger savepoints = new AtomicInteger();

    Transaction(Connection connection) {
        this.connection = connection;
    }

    Connection connection() {
        return connection;
    }

    <T> Flux<T> run(Function<Connection, Publisher<T>> work) {
        return Flux.from(work.apply(connection));
    }

    String nextSavepoint() {
        return "ro_sp" + savepoints.incrementAndGet();
    }

    Mono<Void> commitAndClose() {
        return finish(Mono.from(connection.commitTransaction()));
    }

    Mono<Void> rollbackAndClose() {
        return finish(Mono.from(connection.rollbackTransaction()));
    }

    private Mono<Void> finish(Mono<Void> end) {
        Mono<Void> close = Mono.from(connection.close());
        return end.onErrorResume(e -> close.then(Mono.error(e))).then(close);
    }
}
