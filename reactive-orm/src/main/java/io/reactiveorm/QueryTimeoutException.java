package io.reactiveorm;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * A query did not answer within its timeout ({@link Query#timeout} or {@link Orm.Builder#statementTimeout}). The
 * query was cancelled: on the server too where the dialect can (PostgreSQL, MariaDB/MySQL), and its connection went
 * back to the pool only once the server had stopped it. The message names the entity and the SQL.
 *
 * @since 0.1
 */
public final class QueryTimeoutException extends QueryExecutionException {
    private static final long serialVersionUID = 1L;

    /**
     * @param entity the root entity of the query
     * @param sql the SQL text that timed out
     * @param timeout the timeout it exceeded
     * @param cause the timer's signal
     */
    public QueryTimeoutException(String entity, String sql, Duration timeout, @Nullable Throwable cause) {
        super("Query on " + entity + " timed out after " + timeout.toMillis() + " ms and was cancelled\n  SQL: " + sql,
                cause, sql);
    }
}
