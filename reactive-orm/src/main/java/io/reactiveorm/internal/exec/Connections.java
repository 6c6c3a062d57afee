package io.reactiveorm.internal.exec;

import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.util.context.ContextView;

/**
 * Where a statement's connection comes from: the transaction carried in the Reactor {@code Context} if there is
 * one, otherwise a connection of its own from the factory, released on complete, error and cancel alike.
 */
public final class Connections {
    private final ConnectionFactory factory;

    /** @param factory the (pooled) connection factory */
    public Connections(ConnectionFactory factory) {
        this.factory = factory;
    }

    /** @return the factory */
    public ConnectionFactory factory() {
        return factory;
    }

    /**
     * @param work what to run on the connection
     * @param <T> the element type
     * @return the work's elements; the connection is the context's transaction or one released afterwards
     */
    public <T> Flux<T> use(Function<Connection, Publisher<T>> work) {
        return Flux.deferContextual(context -> {
            Transaction tx = current(context);
            if (tx != null) {
                return tx.run(work);
            }
            return Flux.usingWhen(factory.create(), work, Connection::close, (c, e) -> c.close(), Connection::close);
        });
    }

    /**
     * @param context a Reactor context
     * @return the transaction it carries, or null
     */
    static @Nullable Transaction current(ContextView context) {
        return context.getOrDefault(Transaction.class, null);
    }
}
