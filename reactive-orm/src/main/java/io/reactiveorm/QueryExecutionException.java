package io.reactiveorm;

import org.jspecify.annotations.Nullable;

/**
 * The database rejected or failed a statement, or its result could not be decoded. The message names the entity
 * and the SQL text (never the bind values); {@link #sql()} returns the SQL.
 *
 * @since 0.1
 */
public class QueryExecutionException extends OrmException {
    private static final long serialVersionUID = 1L;
    private final String sql;

    /**
     * @param entity the root entity of the statement
     * @param sql the SQL text that failed
     * @param cause the driver's error
     */
    public QueryExecutionException(String entity, String sql, @Nullable Throwable cause) {
        super("Query on " + entity + " failed: " + (cause == null ? "" : cause.getMessage()) + "\n  SQL: " + sql, cause);
        this.sql = sql;
    }

    /**
     * @param message the whole message, naming the entity and the SQL
     * @param cause the underlying error
     * @param sql the SQL text that failed
     */
    protected QueryExecutionException(String message, @Nullable Throwable cause, String sql) {
        super(message, cause);
        this.sql = sql;
    }

    /** @return the SQL text that failed */
    public String sql() {
        return sql;
    }
}
