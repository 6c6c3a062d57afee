package io.reactiveorm.internal.exec;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/**
 * A resource (a connection, a transaction) used by one subscriber and ended exactly once: on complete, on error or
 * on cancel, whichever comes first, in every interleaving. Reactor's {@code usingWhen} decides a cancel on a
 * "resource provided" flag read without synchronisation: a cancel racing the delivery can find the resource
 * provided but its user not yet subscribed, and then runs no cleanup at all. Here the state is one atomic
 * reference (pending, the resource, or ended). Once started, an ending runs to completion even if its caller
 * cancels.
 */
final class Lease {
    private static final Object PENDING = new Object();
    private static final Object ENDED = new Object();

    private Lease() {
    }

    /**
     * @param acquire emits the resource; a resource that comes after a cancel is ended with {@code onCancel}
     * @param use the work on the resource
     * @param onComplete ends the resource after the work completed, before the completion is passed on
     * @param onError ends it after the work failed, before the error is passed on
     * @param onCancel ends it when the subscriber cancels
     * @return the work's elements
     */
    static <R, T> Flux<T> flux(Mono<R> acquire, Function<R, Publisher<T>> use, Function<R, Mono<Void>> onComplete,
                               BiFunction<R, Throwable, Mono<Void>> onError, Function<R, Mono<Void>> onCancel) {
        return Flux.defer(() -> {
            AtomicReference<Object> state = new AtomicReference<>(PENDING);
            return acquire.flatMapMany(resource -> !state.compareAndSet(PENDING, resource) ? Lease.<R, T>late(resource, onCancel)
                            : Flux.from(use.apply(resource))
                                    .onErrorResume(e -> end(state, resource, () -> onError.apply(resource, e)).then(Mono.error(e)))
                                    .concatWith(end(state, resource, () -> onComplete.apply(resource)).then(Mono.<T>empty())))
                    .doOnCancel(() -> cancel(state, onCancel));
        });
    }

    /**
     * @return like {@link #flux}, for work with at most one result, which is passed on only after the resource
     *     ended well (a subscriber that stops at the first value would otherwise cancel a COMMIT)
     */
    static <R, T> Mono<T> mono(Mono<R> acquire, Function<R, Mono<T>> use, Function<R, Mono<Void>> onComplete,
                               BiFunction<R, Throwable, Mono<Void>> onError, Function<R, Mono<Void>> onCancel) {
        return Mono.defer(() -> {
            AtomicReference<Object> state = new AtomicReference<>(PENDING);
            return acquire.flatMap(resource -> !state.compareAndSet(PENDING, resource) ? Lease.<R, T>late(resource, onCancel).then(Mono.<T>empty())
                            : use.apply(resource).map(Optional::of).defaultIfEmpty(Optional.empty())
                                    .onErrorResume(e -> end(state, resource, () -> onError.apply(resource, e)).then(Mono.error(e)))
                                    .flatMap(result -> end(state, resource, () -> onComplete.apply(resource)).then(Mono.justOrEmpty(result))))
                    .doOnCancel(() -> cancel(state, onCancel));
        });
    }

    private static <R, T> Flux<T> late(R resource, Function<R, Mono<Void>> onCancel) {
        detached(onCancel.apply(resource)).subscribe(null, e -> { });
        return Flux.empty();
    }

    /** @return runs the ending (built only then) if nothing else ended the resource first */
    private static <R> Mono<Void> end(AtomicReference<Object> state, R resource, Supplier<Mono<Void>> ending) {
        return Mono.defer(() -> state.compareAndSet(resource, ENDED) ? detached(ending.get()) : Mono.empty());
    }

    @SuppressWarnings("unchecked")
    private static <R> void cancel(AtomicReference<Object> state, Function<R, Mono<Void>> onCancel) {
        Object previous = state.getAndSet(ENDED);
        if (previous != PENDING && previous != ENDED) {
            detached(onCancel.apply((R) previous)).subscribe(null, e -> { });
        }
    }

    /** @return the ending, subscribed now and run to completion whatever its subscriber does */
    private static Mono<Void> detached(Mono<Void> ending) {
        Sinks.Empty<Void> ended = Sinks.empty();
        ending.subscribe(null, ended::tryEmitError, ended::tryEmitEmpty);
        return ended.asMono();
    }
}
