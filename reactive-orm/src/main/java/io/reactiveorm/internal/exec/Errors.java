package io.reactiveorm.internal.exec;

import io.r2dbc.spi.R2dbcTransientException;
import io.reactiveorm.OrmException;
import io.reactiveorm.QueryExecutionException;
import io.reactiveorm.RetryableQueryException;

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
}
