package io.reactiveorm.internal.exec;

import io.r2dbc.pool.ConnectionPool;
import io.r2dbc.pool.PoolMetrics;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.R2dbcNonTransientResourceException;
import io.reactiveorm.spi.ExternalTransactions;
import io.r2dbc.spi.ValidationDepth;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.reactivestreams.Publisher;
import org.reactivestreams.Subscription;
import reactor.core.CoreSubscriber;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Operators;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;
import reactor.util.context.Context;
import reactor.util.context.ContextView;
import reactor.util.retry.Retry;

/**
 * Where a statement's connection comes from: the transaction carried in the Reactor {@code Context} if there is
 * one (through its {@link StatementGate}), otherwise a connection of its own from the factory, released on complete,
 * error and cancel alike. On cancel the statement is stopped on the server ({@link Sessions}) and the connection
 * goes back only once it answers again, so that the next borrower never queues behind a statement nobody waits
 * for. For a blocking driver every driver publisher is subscribed on a bounded elastic scheduler, including the
 * cleanup that runs when a subscriber cancels from a non-blocking thread.
 */
public final class Connections {
    /** What r2dbc-pool says when a pooled connection it was about to hand out is dead. */
    private static final String STALE = "Connection validation failed";
    /** The longest a cancelled statement's connection waits for the server before it is released all the same. */
    private static final Duration STOP_WAIT = Duration.ofSeconds(10);
    /** Marks a context whose operations run outside any transaction, external ones included. */
    private static final String OUTSIDE = Connections.class.getName() + ".outside";

    private final ConnectionFactory factory;
    private final @Nullable Scheduler offload;
    private final int staleRetries;
    private final @Nullable ExternalTransactions external;
    private final Sessions sessions;

    /**
     * @param factory the (pooled) connection factory
     * @param blockingDriver whether the driver works on the subscribing thread
     * @param sessions stops statements on the server
     * @param external transactions managed outside the ORM that its operations join, or null
     */
    public Connections(ConnectionFactory factory, boolean blockingDriver, Sessions sessions,
                       @Nullable ExternalTransactions external) {
        this.factory = factory;
        this.offload = blockingDriver ? Schedulers.boundedElastic() : null;
        this.sessions = sessions;
        this.staleRetries = factory instanceof ConnectionPool pool
                ? pool.getMetrics().map(PoolMetrics::getMaxAllocatedSize).orElse(0) : 0;
        this.external = external;
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
                return flux(tx.guard(work.apply(tx.connection())));
            }
            return this.<T>joiningExternal(context, joined -> flux(work.apply(joined.connection())),
                    () -> Flux.usingWhen(create(), c -> flux(work.apply(c)), this::close, this::closeAfter, this::stop));
        });
    }

    /**
     * @param context the operation's context (without an ORM transaction)
     * @param joined runs the work in the external transaction the context carries, given as a transaction the ORM
     *     never ends (also put into the work's context)
     * @param alone runs the work when there is none (or no {@link ExternalTransactions} is set)
     * @param <T> the element type
     * @return the work's elements
     */
    <T> Flux<T> joiningExternal(ContextView context, Function<Transaction, Publisher<T>> joined, Supplier<Publisher<T>> alone) {
        if (external == null || context.hasKey(OUTSIDE)) {
            return Flux.from(alone.get());
        }
        return external.connection().map(c -> Optional.of(new Transaction(c, this))).defaultIfEmpty(Optional.empty())
                .flatMapMany(tx -> tx.isPresent()
                        ? Flux.from(joined.apply(tx.get())).contextWrite(Context.of(Transaction.class, tx.get()))
                        : alone.get());
    }

    /** @return the external transactions the ORM joins, or null */
    @Nullable ExternalTransactions external() {
        return external;
    }

    /**
     * @param source a publisher an ORM operation subscribes to (a bulk load's rows)
     * @param <T> its element type
     * @return it, subscribed outside any transaction: ORM operations inside it use connections of their own
     */
    static <T> Flux<T> outsideTransactions(Flux<T> source) {
        return source.contextWrite(context -> context.delete(Transaction.class).put(OUTSIDE, Boolean.TRUE));
    }

    /**
     * After a cancel the database may still be running the statement (the drivers read and drop the rest of its
     * results): asks the server to cancel it, and releases the connection once it answers again.
     */
    private Mono<Void> stop(Connection connection) {
        Mono<Void> cancelled = cancelOnServer(connection).timeout(STOP_WAIT, Mono.empty());
        Mono<Void> answers = mono(connection.validate(ValidationDepth.REMOTE)).then().onErrorResume(e -> Mono.empty())
                .timeout(STOP_WAIT, Mono.empty());
        return Mono.when(cancelled, answers).then(close(connection));
    }

    /**
     * @param connection a connection that may be running a statement
     * @return completes once the server was asked to cancel it, if it can be (never fails)
     */
    private Mono<Void> cancelOnServer(Connection connection) {
        return sessions.cancel(connection).onErrorResume(e -> Mono.empty());
    }

    /**
     * @param connection a connection whose work failed
     * @param error the failure
     * @return closes it; a failure to close (the connection died) is added to the error, never put in its place
     */
    Mono<Void> closeAfter(Connection connection, Throwable error) {
        return Errors.cleanupAfter(error, close(connection));
    }

    /**
     * Acquires a connection. A cancel never reaches the factory: r2dbc-pool returns a connection to the pool
     * whenever the subscription that acquired it is cancelled, even after delivering it (and Reactor passes cancels
     * upstream after completion), so the pool would hand out a connection still in use: two transactions on one
     * connection. A connection that arrives after its subscriber cancelled is closed here instead.
     *
     * <p>After a server restart every idle pooled connection is dead; the pool finds out only when it validates
     * one on acquisition, drops it and fails the acquisition. Nothing of the caller has been sent then, so the
     * acquisition is tried again, up to the pool's size, until a live (or new) connection comes.
     *
     * @return a new connection from the factory
     */
    Mono<Connection> create() {
        Mono<Connection> create = Mono.fromDirect(subscriber ->
                factory.create().subscribe(new Acquisition(Operators.toCoreSubscriber(subscriber))));
        if (staleRetries > 0) {
            create = create.retryWhen(Retry.max(staleRetries).filter(Connections::isStale)
                    .onRetryExhaustedThrow((spec, signal) -> signal.failure()));
        }
        return offload == null ? create : create.subscribeOn(offload);
    }

    private static boolean isStale(Throwable error) {
        return error instanceof R2dbcNonTransientResourceException && STALE.equals(error.getMessage());
    }

    /** Passes the connection on, or closes it if its subscriber cancelled after it came; never cancels a delivery. */
    private final class Acquisition implements CoreSubscriber<Connection>, Subscription {
        private final CoreSubscriber<? super Connection> actual;
        private final AtomicBoolean settled = new AtomicBoolean();
        private @Nullable Subscription upstream;

        Acquisition(CoreSubscriber<? super Connection> actual) {
            this.actual = actual;
        }

        @Override
        public Context currentContext() {
            return actual.currentContext();
        }

        @Override
        public void onSubscribe(Subscription s) {
            upstream = s;
            actual.onSubscribe(this);
        }

        @Override
        public void onNext(Connection connection) {
            if (settled.compareAndSet(false, true)) {
                actual.onNext(connection);
            } else {
                close(connection).subscribe(null, e -> { });
            }
        }

        @Override
        public void onError(Throwable error) {
            if (settled.compareAndSet(false, true)) {
                actual.onError(error);
            }
        }

        @Override
        public void onComplete() {
            actual.onComplete();
        }

        @Override
        public void request(long n) {
            Objects.requireNonNull(upstream).request(n);
        }

        /**
         * Never cancels the factory: cancelling r2dbc-pool's acquisition while it delivers can leave a connection
         * counted as acquired for good (full runs leaked one in the random-cancel tests). A connection that comes
         * after the cancel is closed at once, so a caller who gave up holds its place in the queue only until then.
         */
        @Override
        public void cancel() {
            settled.compareAndSet(false, true);
        }
    }

    /** @param connection a connection @return completes when it is closed */
    Mono<Void> close(Connection connection) {
        return mono(connection.close());
    }

    /**
     * @param publisher a driver publisher
     * @param <T> its element type
     * @return it as a Mono, subscribed off non-blocking threads for a blocking driver
     */
    <T> Mono<T> mono(Publisher<T> publisher) {
        Mono<T> mono = Mono.from(publisher);
        return offload == null ? mono : mono.subscribeOn(offload);
    }

    private <T> Flux<T> flux(Publisher<T> publisher) {
        Flux<T> flux = Flux.from(publisher);
        return offload == null ? flux : flux.subscribeOn(offload);
    }

    /**
     * @param context a Reactor context
     * @return the transaction it carries, or null
     */
    static @Nullable Transaction current(ContextView context) {
        return context.getOrDefault(Transaction.class, null);
    }
}
