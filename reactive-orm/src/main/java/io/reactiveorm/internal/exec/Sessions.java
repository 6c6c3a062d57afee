package io.reactiveorm.internal.exec;

import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.ConnectionFactoryMetadata;
import io.r2dbc.spi.Wrapped;
import io.reactiveorm.spi.ServerCancel;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.WeakHashMap;
import org.jspecify.annotations.Nullable;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * Stops statements on the server ({@link ServerCancel}): remembers the session number of every connection opened
 * through {@link #track}, asked once when it opens, and cancels a session's running statement from a connection of
 * its own. Connections it did not open (a pool the caller built) have no known session and are not cancelled.
 */
public final class Sessions {
    private final @Nullable ServerCancel cancel;
    private final ConnectionFactory control;
    private final @Nullable Scheduler offload;
    private final Map<Connection, Long> ids = Collections.synchronizedMap(new WeakHashMap<>());

    /**
     * @param cancel the dialect's server cancel, or null
     * @param control where the cancelling connections come from (not a pool: it may be exhausted)
     * @param blockingDriver whether the driver works on the subscribing thread
     */
    public Sessions(@Nullable ServerCancel cancel, ConnectionFactory control, boolean blockingDriver) {
        this.cancel = cancel;
        this.control = control;
        this.offload = blockingDriver ? Schedulers.boundedElastic() : null;
    }

    /**
     * @param factory a connection factory (not a pool)
     * @return it, learning the session of each connection it opens; itself if the dialect has no server cancel
     */
    public ConnectionFactory track(ConnectionFactory factory) {
        return cancel == null ? factory : new Tracked(factory, cancel.sessionQuery());
    }

    /**
     * @param connection a connection (pooled or not) that may be running a statement
     * @return completes once the server was asked to cancel it (at once if its session is unknown)
     */
    Mono<Void> cancel(Connection connection) {
        Long id = ids.get(unwrap(connection));
        if (cancel == null || id == null) {
            return Mono.empty();
        }
        String sql = cancel.cancel(id);
        return offloaded(Mono.usingWhen(control.create(), c -> Flux.from(c.createStatement(sql).execute())
                .concatMap(result -> result.map((row, metadata) -> 1)).then(), Connection::close));
    }

    private static Connection unwrap(Connection connection) {
        Connection current = connection;
        while (current instanceof Wrapped<?> wrapped && wrapped.unwrap() instanceof Connection inner && inner != current) {
            current = inner;
        }
        return current;
    }

    private <T> Mono<T> offloaded(Mono<T> mono) {
        return offload == null ? mono : mono.subscribeOn(offload);
    }

    /** Opens connections and reads each one's session number before handing it out. */
    private final class Tracked implements ConnectionFactory, Wrapped<ConnectionFactory> {
        private final ConnectionFactory factory;
        private final String sessionQuery;

        Tracked(ConnectionFactory factory, String sessionQuery) {
            this.factory = factory;
            this.sessionQuery = sessionQuery;
        }

        @Override
        public Publisher<? extends Connection> create() {
            return Mono.from(factory.create()).flatMap(connection -> offloaded(Flux.from(connection.createStatement(sessionQuery).execute())
                            .concatMap(result -> result.map((row, metadata) -> ((Number) Objects.requireNonNull(row.get(0))).longValue())).next())
                    .doOnNext(id -> ids.put(connection, id))
                    .onErrorResume(e -> offloaded(Mono.from(connection.close())).then(Mono.error(e)))
                    .thenReturn(connection));
        }

        @Override
        public ConnectionFactoryMetadata getMetadata() {
            return factory.getMetadata();
        }

        @Override
        public ConnectionFactory unwrap() {
            return factory;
        }
    }
}
