package io.reactiveorm;

import io.r2dbc.spi.IsolationLevel;
import org.jspecify.annotations.Nullable;

/**
 * How {@link Orm#inTransaction(TransactionOptions, java.util.function.Function)} runs a unit of work.
 *
 * @param isolation the isolation level, or null for the database's default
 * @param readOnly whether the transaction is read-only
 * @param retries how many times a unit that failed with {@link RetryableQueryException} is re-run from the start
 *     (only for an outermost transaction; the unit must be lazy, e.g. built in the function)
 * @since 0.1
 */
public record TransactionOptions(@Nullable IsolationLevel isolation, boolean readOnly, int retries) {

    /** The database's default isolation, read-write, no retries. */
    public static final TransactionOptions DEFAULT = new TransactionOptions(null, false, 0);

    /** Checks the retry count. */
    public TransactionOptions {
        if (retries < 0) {
            throw new InvalidQueryException("retries must not be negative: " + retries);
        }
    }

    /** @param isolation the isolation level @return these options with it */
    public TransactionOptions withIsolation(IsolationLevel isolation) {
        return new TransactionOptions(isolation, readOnly, retries);
    }

    /** @return these options, read-only */
    public TransactionOptions asReadOnly() {
        return new TransactionOptions(isolation, true, retries);
    }

    /** @param retries re-runs on a retryable failure @return these options with them */
    public TransactionOptions withRetries(int retries) {
        return new TransactionOptions(isolation, readOnly, retries);
    }
}
