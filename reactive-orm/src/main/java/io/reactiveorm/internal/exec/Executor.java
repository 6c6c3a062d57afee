package io.reactiveorm.internal.exec;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import io.reactiveorm.OrmException;
import io.reactiveorm.QueryExecutionException;
import io.reactiveorm.internal.plan.CompiledQuery;
import io.reactiveorm.internal.plan.Dml;
import io.reactiveorm.spi.Dialect;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.Result;
import io.r2dbc.spi.Row;
import io.r2dbc.spi.Statement;
import java.io.IOException;
import java.util.Objects;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Runs compiled queries: one connection per query from the (pooled) connection factory, released on complete,
 * error and cancel alike; each row's JSON is decoded inside the driver's mapping callback, so no {@code Row}
 * escapes it.
 */
public final class Executor {
    private final Connections connections;
    private final Dialect dialect;
    private final JsonFactory json;

    /**
     * @param connections where connections come from (the context's transaction first)
     * @param dialect the dialect (reads the JSON column)
     * @param json creates parsers (with a codec, for JSON attributes)
     */
    public Executor(Connections connections, Dialect dialect, JsonFactory json) {
        this.connections = connections;
        this.dialect = dialect;
        this.json = json;
    }

    /**
     * Streams the decoded root objects. Nothing happens until subscription. Completes after the last row; errors
     * with {@link QueryExecutionException} naming the SQL; on cancel, stops the query and releases the connection.
     *
     * @param query the compiled query
     * @param binds the bind values, in marker order
     * @param fetchSize rows per fetch from the server (0: the driver's default)
     * @param type the root class
     * @param <T> the root type
     * @return the roots, in order
     */
    public <T> Flux<T> fetch(CompiledQuery query, Object[] binds, int fetchSize, Class<T> type) {
        Objects.requireNonNull(query.reader(), "not a select query");
        return connections.use(connection -> Flux.from(statement(connection, query, binds, fetchSize).execute())
                        .concatMap(result -> result.map((row, metadata) -> type.cast(decode(query, row)))))
                .onErrorMap(e -> !(e instanceof OrmException), e -> Errors.translate(query.entity(), query.sql(), e));
    }

    /**
     * Runs a single-value query (a count). Errors and cancel behave as in {@link #fetch}.
     *
     * @param query the compiled query
     * @param binds the bind values
     * @return the value of the first column of the one row
     */
    public Mono<Long> count(CompiledQuery query, Object[] binds) {
        return connections.use(connection -> Flux.from(statement(connection, query, binds, 0).execute())
                        .concatMap(result -> result.map((row, metadata) -> ((Number) Objects.requireNonNull(row.get(0))).longValue())))
                .single()
                .onErrorMap(e -> !(e instanceof OrmException), e -> Errors.translate(query.entity(), query.sql(), e));
    }

    /**
     * Runs a write statement. Errors as in {@link #fetch}; on cancel the connection is released (and, inside a
     * transaction, the transaction rolls back).
     *
     * @param dml the statement
     * @return the number of rows written
     */
    public Mono<Long> execute(Dml dml) {
        return connections.use(connection -> Flux.from(bind(connection.createStatement(dml.sql()), dml.values()).execute())
                        .concatMap(Result::getRowsUpdated))
                .reduce(0L, Long::sum)
                .onErrorMap(e -> !(e instanceof OrmException), e -> Errors.translate(dml.entity(), dml.sql(), e));
    }

    /**
     * Runs an INSERT and returns the ids the database generated, one per row, in row order.
     *
     * @param dml the insert
     * @param idColumn the id column
     * @param idType the id's Java type
     * @return the generated ids
     */
    public Flux<Object> insert(Dml dml, String idColumn, Class<?> idType) {
        return connections.use(connection -> Flux.from(bind(connection.createStatement(dml.sql()), dml.values())
                                .returnGeneratedValues(idColumn).execute())
                        .concatMap(result -> result.map((row, metadata) -> (Object) Objects.requireNonNull(row.get(0, idType)))))
                .onErrorMap(e -> !(e instanceof OrmException), e -> Errors.translate(dml.entity(), dml.sql(), e));
    }

    static Statement bind(Statement statement, Object[] values) {
        for (int i = 0; i < values.length; i++) {
            if (values[i] instanceof Dml.Null n) {
                statement.bindNull(i, n.type());
            } else {
                statement.bind(i, values[i]);
            }
        }
        return statement;
    }

    private static Statement statement(Connection connection, CompiledQuery query, Object[] binds, int fetchSize) {
        Statement statement = connection.createStatement(query.sql());
        for (int i = 0; i < binds.length; i++) {
            statement.bind(i, binds[i]);
        }
        if (fetchSize > 0) {
            statement.fetchSize(fetchSize);
        }
        return statement;
    }

    private Object decode(CompiledQuery query, Row row) {
        try (JsonParser parser = dialect.json().parse(row, json)) {
            parser.nextToken();
            Object value = Objects.requireNonNull(query.reader()).read(parser);
            if (value == null) {
                throw new IOException("the root row is null");
            }
            return value;
        } catch (IOException e) {
            throw new QueryExecutionException(query.entity(), query.sql(), e);
        }
    }
}
