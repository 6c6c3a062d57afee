package io.reactiveorm.examples.web;

import io.r2dbc.spi.Batch;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.ConnectionFactoryMetadata;
import io.r2dbc.spi.Result;
import io.r2dbc.spi.Statement;
import io.r2dbc.spi.Wrapped;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import org.jspecify.annotations.Nullable;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;

/**
 * Runs a synchronous R2DBC driver (r2dbc-h2 executes H2 on the thread that subscribes or requests) on a bounded
 * scheduler: every publisher of the factory, its connections, statements, batches and results is subscribed,
 * requested and so emitted on that scheduler, never on a Netty event loop or a Reactor parallel thread. Cancel
 * passes straight through. Only the example application uses it, for its embedded H2 database.
 */
final class OffloadingConnectionFactory implements ConnectionFactory, Wrapped<ConnectionFactory> {
    private final ConnectionFactory delegate;
    private final Scheduler scheduler;

    OffloadingConnectionFactory(ConnectionFactory delegate, Scheduler scheduler) {
        this.delegate = delegate;
        this.scheduler = scheduler;
    }

    @Override
    public Publisher<? extends Connection> create() {
        return Mono.from(delegate.create()).map(c -> wrap(Connection.class, c)).subscribeOn(scheduler);
    }

    @Override
    public ConnectionFactoryMetadata getMetadata() {
        return delegate.getMetadata();
    }

    @Override
    public ConnectionFactory unwrap() {
        return delegate;
    }

    private <T> T wrap(Class<T> type, T target) {
        InvocationHandler handler = new Handler(target);
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type, Wrapped.class}, handler));
    }

    private @Nullable Object wrapValue(@Nullable Object value) {
        if (value instanceof Connection connection) {
            return wrap(Connection.class, connection);
        }
        if (value instanceof Statement statement) {
            return wrap(Statement.class, statement);
        }
        if (value instanceof Batch batch) {
            return wrap(Batch.class, batch);
        }
        if (value instanceof Result result) {
            return wrap(Result.class, result);
        }
        return value;
    }

    /** Forwards to the driver object; moves publishers onto the scheduler and wraps returned SPI objects. */
    private final class Handler implements InvocationHandler {
        private final Object target;

        Handler(Object target) {
            this.target = target;
        }

        @Override
        public @Nullable Object invoke(Object proxy, Method method, @Nullable Object[] args) throws Throwable {
            if (method.getDeclaringClass() == Wrapped.class) {
                if (args == null || args.length == 0) {
                    return target;
                }
                Class<?> wanted = (Class<?>) args[0];
                if (wanted.isInstance(proxy)) {
                    return proxy;
                }
                return target instanceof Wrapped<?> wrapped ? wrapped.unwrap(wanted) : wanted.isInstance(target) ? target : null;
            }
            if (method.getDeclaringClass() == Object.class) {
                switch (method.getName()) {
                    case "equals":
                        return proxy == args[0];
                    case "hashCode":
                        return System.identityHashCode(proxy);
                    default:
                        return "offloaded " + target;
                }
            }
            Object value;
            try {
                value = method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
            if (value == target) {
                return proxy; // fluent calls such as Statement.bind
            }
            if (value instanceof Publisher<?> publisher) {
                return Flux.from(publisher).map(v -> {
                    Object wrapped = wrapValue(v);
                    return wrapped == null ? v : wrapped;
                }).subscribeOn(scheduler);
            }
            return wrapValue(value);
        }
    }
}
