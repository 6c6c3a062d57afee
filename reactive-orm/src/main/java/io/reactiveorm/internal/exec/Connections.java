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
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
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
    private final int poolSize;
    private final @Nullable ExternalTransactions external;
    private final Sessions sessions;
    private final @Nullable AcquireQueue queue;
    /** Connections taken from the pool through the queue and not closed yet. */
    private final Set<Connection> held = ConcurrentHashMap.newKeySet();

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
        this.poolSize = factory instanceof ConnectionPool pool
                ? pool.getMetrics().map(PoolMetrics::getMaxAllocatedSize).orElse(0) : 0;
        this.queue = poolSize > 0 ? new AcquireQueue(poolSize) : null;
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
     * connection. A caller who gives up while waiting leaves the ORM's {@link AcquireQueue} instead, and a
     * connection that arrives after its caller gave up is closed here.
     *
     * <p>After a server restart every idle pooled connection is dead; the pool finds out only when it validates
     * one on acquisition, drops it and fails the acquisition. Nothing of the caller has been sent then, so the
     * acquisition is tried again, up to the pool's size, until a live (or new) connection comes. The retry runs
     * inside the hand-over: Reactor's {@code retryWhen} silently drops a value that races a cancel, which lost
     * about one connection in 5,000 cancelled units.
     *
     * @return a new connection from the factory
     */
    Mono<Connection> create() {
        Mono<Connection> create = Mono.fromDirect(subscriber -> new Acquisition(Operators.toCoreSubscriber(subscriber)).start());
        return offload == null ? create : create.subscribeOn(offload);
    }

    private Mono<Connection> fromFactory() {
        Mono<Connection> create = Mono.from(factory.create());
        return poolSize == 0 ? create : create.retryWhen(Retry.max(poolSize).filter(Connections::isStale)
                .onRetryExhaustedThrow((spec, signal) -> signal.failure()));
    }

    private static boolean isStale(Throwable error) {
        return error instanceof R2dbcNonTransientResourceException && STALE.equals(error.getMessage());
    }

    /**
     * One caller's acquisition: waits its turn in the queue (if there is one), takes a connection from the factory
     * and passes it on, or closes it if the caller gave up meanwhile. Never cancels the factory.
     */
    private final class Acquisition implements CoreSubscriber<Connection>, Subscription, Runnable {
        private static final int WAITING = 0;
        private static final int ACQUIRING = 1;
        private static final int DONE = 2;
        private static final int CANCELLED = 3;
        private final CoreSubscriber<? super Connection> actual;
        private final AtomicInteger state = new AtomicInteger(WAITING);

        Acquisition(CoreSubscriber<? super Connection> actual) {
            this.actual = actual;
        }

        void start() {
            actual.onSubscribe(this);
            if (queue == null) {
                run();
            } else {
                queue.enter(this);
                if (state.get() == CANCELLED) { // cancelled before it entered: its cancel() found nothing to leave
                    queue.leave(this);
                }
            }
        }

        /** Its turn: a connection may be taken from the factory. */
        @Override
        public void run() {
            if (state.compareAndSet(WAITING, ACQUIRING)) {
                fromFactory().subscribe(this);
            } else if (queue != null) {
                queue.release();
            }
        }

        @Override
        public Context currentContext() {
            return actual.currentContext();
        }

        @Override
        public void onSubscribe(Subscription s) {
            s.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(Connection connection) {
            if (queue != null) {
                held.add(connection);
            }
            if (state.compareAndSet(ACQUIRING, DONE)) {
                actual.onNext(connection);
                actual.onComplete();
            } else {
                close(connection).subscribe(null, e -> { });
            }
        }

        @Override
        public void onError(Throwable error) {
            if (queue != null) {
                queue.release();
            }
            if (state.compareAndSet(ACQUIRING, DONE)) {
                actual.onError(error);
            }
        }

        @Override
        public void onComplete() {
            // the connection (and the completion) went on in onNext
        }

        @Override
        public void request(long n) {
            // one connection, delivered when it comes
        }

        /** Leaves the queue if still waiting; a connection that comes later is closed at once. */
        @Override
        public void cancel() {
            // Not left (it is being given its turn): run() sees the cancel and gives the turn back.
            if (state.getAndUpdate(s -> s == DONE ? DONE : CANCELLED) == WAITING && queue != null) {
                queue.leave(this);
            }
        }
    }

    /** @param connection a connection @return completes when it is closed (and its room in the queue is free) */
    Mono<Void> close(Connection connection) {
        Mono<Void> close = mono(connection.close());
        return queue == null ? close : close.doFinally(signal -> {
            if (held.remove(connection)) {
                queue.release();
            }
        });
    }

    /** @return how many ORM operations wait for a connection of the pool */
    public int waiting() {
        return queue == null ? 0 : queue.waiting();
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
