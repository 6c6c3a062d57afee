package io.reactiveorm;

import org.jspecify.annotations.Nullable;

/**
 * The database aborted a statement for a reason that may not recur: a deadlock, a serialization failure, a lock
 * timeout. Re-running the whole unit of work may succeed; {@link TransactionOptions#retries()} does that.
 *
 * @since 0.1
 */
public final class RetryableQueryException extends QueryExecutionException {
    private static final long serialVersionUID = 1L;

    /**
     * @param entity the entity of the statement
     * @param sql the SQL text that failed
     * @param cause the driver's error
     */
    public RetryableQueryException(String entity, String sql, @Nullable Throwable cause) {
        super(entity, sql, cause);
    }
}
