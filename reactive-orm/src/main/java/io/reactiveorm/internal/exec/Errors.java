package io.reactiveorm.internal.exec;

import io.r2dbc.spi.R2dbcTransientException;
import io.reactiveorm.OrmException;
import io.reactiveorm.QueryExecutionException;
import io.reactiveorm.RetryableQueryException;
import reactor.core.publisher.Mono;

/** Maps driver errors once into the {@link OrmException} hierarchy, naming the entity and the SQL. */
final class Errors {
    private Errors() {
    }

    static Throwable translate(String entity, String sql, Throwable error) {
        if (error instanceof OrmException) {
            return error;
        }
        if (error instanceof R2dbcTransientException) {
            return new RetryableQueryException(entity, sql, error);
        }
        return new QueryExecutionException(entity, sql, error);
    }

    /**
     * @param error the error a unit of work failed with
     * @param cleanup what runs after it (closing or rolling back a connection that may have died)
     * @return the cleanup, whose own failure is kept next to the error instead of replacing it or wrapping it in
     *     Reactor's "Async resource cleanup failed after onError"
     */
    static Mono<Void> cleanupAfter(Throwable error, Mono<Void> cleanup) {
        return cleanup.onErrorResume(e -> {
            if (e != error) {
                error.addSuppressed(e);
            }
            return Mono.empty();
        });
    }
}
