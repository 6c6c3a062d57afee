package io.reactiveorm.internal.exec;

import io.r2dbc.spi.Connection;
import io.r2dbc.spi.IsolationLevel;
import io.r2dbc.spi.Option;
import io.r2dbc.spi.TransactionDefinition;
import io.reactiveorm.OrmException;
import io.reactiveorm.RetryableQueryException;
import io.reactiveorm.TransactionOptions;
import io.reactiveorm.spi.ExternalTransactions;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import reactor.util.context.Context;
import reactor.util.context.ContextView;
import reactor.util.retry.Retry;

/**
 * Runs units of work in transactions carried in the Reactor {@code Context}: commit on success, rollback on error
 * and on cancel (never commit-on-cancel), a savepoint for a nested unit, and optional re-runs of a whole unit on a
 * retryable failure.
 */
public final class Transactions {
    private static final int PENDING = 0;
    private static final int DELIVERED = 1;
    private static final int CANCELLED = 2;
    private final Connections connections;

    /** @param connections where connections come from */
    public Transactions(Connections connections) {
        this.connections = connections;
    }

    /**
     * @param options isolation, read-only and retries
     * @param unit the unit of work, subscribed once per attempt
     * @param <T> the result type
     * @return the unit's result
     */
    public <T> Mono<T> run(TransactionOptions options, Mono<T> unit) {
        Mono<T> attempt = Mono.deferContextual(context -> {
            Transaction outer = Connections.current(context);
            if (outer != null) {
                return nested(outer, unit);
            }
            ExternalTransactions external = connections.external();
            return joiningExternal(context, joined -> nested(joined, unit), () -> external == null ? outermost(options, unit)
                    : external.inTransaction(options, Mono.deferContextual(started -> joiningExternal(started, joined -> unit,
                            () -> Mono.error(new OrmException(external.getClass().getName() + ".inTransaction started no "
                                    + "transaction that its connection() finds"))))));
        });
        return retrying(options, attempt);
    }

    private <T> Mono<T> joiningExternal(ContextView context, Function<Transaction, Mono<T>> joined, Supplier<Mono<T>> alone) {
        if (connections.external() == null) {
            return alone.get(); // the unit's own operator chain, whose cancel paths the random-cancel tests prove
        }
        return connections.<T>joiningExternal(context, joined::apply, alone::get).singleOrEmpty();
    }

    /**
     * Runs a unit in the caller's transaction if there is one (no savepoint), or in a transaction of its own.
     *
     * @param unit the unit of work
     * @param <T> the result type
     * @return the unit's result
     */
    public <T> Mono<T> required(Mono<T> unit) {
        return Mono.deferContextual(context -> Connections.current(context) != null ? unit
                : joiningExternal(context, joined -> unit, () -> outermost(TransactionOptions.DEFAULT, unit)));
    }

    private <T> Mono<T> retrying(TransactionOptions options, Mono<T> attempt) {
        if (options.retries() == 0) {
            return attempt;
        }
        return Mono.deferContextual(context -> Connections.current(context) != null ? attempt
                : attempt.retryWhen(Retry.max(options.retries()).filter(RetryableQueryException.class::isInstance)
                        .onRetryExhaustedThrow((spec, signal) -> signal.failure())));
    }

    private <T> Mono<T> outermost(TransactionOptions options, Mono<T> unit) {
        return Lease.mono(begin(options),
                tx -> unit.contextWrite(Context.of(Transaction.class, tx)),
                Transaction::commitAndClose,
                (tx, error) -> Errors.cleanupAfter(error, tx.rollbackAndClose()),
                Transaction::rollbackAndClose);
    }

    /**
     * Acquires a connection and begins a transaction on it. BEGIN is never interrupted: if the caller cancels while
     * it is in flight, the transaction is rolled back and the connection released once BEGIN is done, so a
     * connection can never go back to a pool inside a transaction.
     */
    private Mono<Transaction> begin(TransactionOptions options) {
        return connections.create().flatMap(connection -> {
            Transaction tx = new Transaction(connection, connections);
            TransactionDefinition definition = definition(options);
            Mono<Void> begin = tx.on(definition == null ? connection.beginTransaction() : connection.beginTransaction(definition));
            return Mono.<Transaction>create(sink -> {
                AtomicInteger state = new AtomicInteger(PENDING);
                // A cancel racing success() can drop the transaction without a discard signal, and a Lease ends
                // its resource when it is cancelled: a cancel after delivery ends the transaction here too (idempotent).
                sink.onCancel(() -> {
                    if (state.getAndSet(CANCELLED) == DELIVERED) {
                        tx.rollbackAndClose().subscribe(null, e -> { });
                    }
                });
                begin.subscribe(null,
                        error -> connections.closeAfter(connection, error)
                                .subscribe(null, e -> { }, () -> sink.error(Errors.translate("transaction", "BEGIN", error))),
                        () -> {
                            if (state.compareAndSet(PENDING, DELIVERED)) {
                                sink.success(tx);
                            } else {
                                tx.rollbackAndClose().subscribe(null, e -> { });
                            }
                        });
            });
            // Outside the flatMap: a transaction that reaches a cancelled flatMap is discarded with the context of
            // the flatMap's subscriber, which must carry the hook.
        }).doOnDiscard(Transaction.class, t -> t.rollbackAndClose().subscribe(null, e -> { }));
    }

    private static <T> Mono<T> nested(Transaction outer, Mono<T> unit) {
        Connection connection = outer.connection();
        return Mono.usingWhen(Mono.fromSupplier(outer::nextSavepoint).flatMap(name ->
                        outer.statement(connection.createSavepoint(name)).thenReturn(name)),
                name -> unit,
                name -> outer.statement(connection.releaseSavepoint(name)),
                (name, error) -> Errors.cleanupAfter(error, outer.statement(connection.rollbackTransactionToSavepoint(name))),
                // On cancel the outer transaction rolls back too, possibly first: then the savepoint is already gone.
                name -> outer.statement(connection.rollbackTransactionToSavepoint(name)).onErrorResume(e -> Mono.empty()));
    }

    private static @Nullable TransactionDefinition definition(TransactionOptions options) {
        IsolationLevel isolation = options.isolation();
        if (isolation == null && !options.readOnly()) {
            return null;
        }
        return new TransactionDefinition() {
            @Override
            @SuppressWarnings("unchecked")
            public <V> @Nullable V getAttribute(Option<V> option) {
                if (option.equals(TransactionDefinition.ISOLATION_LEVEL)) {
                    return (V) isolation;
                }
                if (option.equals(TransactionDefinition.READ_ONLY)) {
                    return (V) Boolean.valueOf(options.readOnly());
                }
                return null;
            }
        };
    }
}
