package io.reactiveorm.internal.exec;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.reactivestreams.Publisher;
import org.reactivestreams.Subscription;
import reactor.core.CoreSubscriber;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Operators;
import reactor.core.publisher.Sinks;
import reactor.util.context.Context;

/**
 * Orders the end of a transaction (COMMIT or ROLLBACK) after every statement of its unit of work, and refuses
 * statements after it.
 *
 * <p>Cancelling a statement does not tell when the driver is done with it, and a driver may put a statement on the
 * wire some time after it was subscribed (r2dbc-postgresql sends it once its result is consumed). A ROLLBACK sent
 * on cancel could then overtake a statement of the unit, which would run after it, outside the transaction, and
 * commit on its own. So a statement that passed the gate is never cancelled: a cancel drains it (its remaining
 * rows are dropped) and the transaction ends once every such statement has ended.
 *
 * <p>Lock-free: a count of statements in flight plus a closed bit.
 */
final class StatementGate {
    private static final long CLOSED = Long.MIN_VALUE;
    private final AtomicLong state = new AtomicLong();
    private final Sinks.Empty<Void> idle = Sinks.empty();

    /**
     * @param statement a driver publisher (a statement, a savepoint, a COPY)
     * @param <T> its element type
     * @return it, subscribed only while the gate is open (after {@link #close()} it fails without reaching the
     *     driver), drained instead of cancelled
     */
    <T> Flux<T> guard(Publisher<T> statement) {
        return Flux.from(subscriber -> {
            if (!enter()) {
                Operators.error(subscriber, new IllegalStateException(
                        "the transaction has already ended (committed, rolled back or cancelled): statement not run"));
                return;
            }
            statement.subscribe(new Draining<>(Operators.toCoreSubscriber(subscriber), this::exit));
        });
    }

    /**
     * Closes the gate now.
     *
     * @return completes once every statement that passed it has ended
     */
    Mono<Void> close() {
        long s;
        do {
            s = state.get();
            if (s < 0) {
                return idle.asMono();
            }
        } while (!state.compareAndSet(s, s | CLOSED));
        if (s == 0) {
            idle.tryEmitEmpty();
        }
        return idle.asMono();
    }

    private boolean enter() {
        long s;
        do {
            s = state.get();
            if (s < 0) {
                return false;
            }
        } while (!state.compareAndSet(s, s + 1));
        return true;
    }

    private void exit() {
        if (state.decrementAndGet() == CLOSED) {
            idle.tryEmitEmpty();
        }
    }

    /** Passes a statement's signals on; on cancel, requests the rest and drops it; reports the statement's end once. */
    private static final class Draining<T> implements CoreSubscriber<T>, Subscription {
        private final CoreSubscriber<? super T> actual;
        private final Runnable ended;
        private final AtomicBoolean done = new AtomicBoolean();
        private volatile boolean cancelled;
        private Subscription upstream;

        Draining(CoreSubscriber<? super T> actual, Runnable ended) {
            this.actual = actual;
            this.ended = ended;
        }

        @Override
        public Context currentContext() {
            return actual.currentContext();
        }

        @Override
        public void onSubscribe(Subscription s) {
            if (Operators.validate(upstream, s)) {
                upstream = s;
                actual.onSubscribe(this);
            }
        }

        @Override
        public void onNext(T t) {
            if (cancelled) {
                Operators.onDiscard(t, actual.currentContext());
            } else {
                actual.onNext(t);
            }
        }

        @Override
        public void onError(Throwable t) {
            end();
            if (!cancelled) {
                actual.onError(t);
            }
        }

        @Override
        public void onComplete() {
            end();
            if (!cancelled) {
                actual.onComplete();
            }
        }

        @Override
        public void request(long n) {
            upstream.request(n);
        }

        @Override
        public void cancel() {
            if (!cancelled) {
                cancelled = true;
                upstream.request(Long.MAX_VALUE);
            }
        }

        private void end() {
            if (done.compareAndSet(false, true)) {
                ended.run();
            }
        }
    }
}
