package io.reactiveorm.internal.exec;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import io.reactiveorm.OrmException;
import io.reactiveorm.QueryExecutionException;
import io.reactiveorm.internal.plan.CompiledQuery;
import io.reactiveorm.spi.Dialect;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
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
    private final ConnectionFactory connections;
    private final Dialect dialect;
    private final JsonFactory json;

    /**
     * @param connections where connections come from
     * @param dialect the dialect (reads the JSON column)
     * @param json creates parsers (with a codec, for JSON attributes)
     */
    public Executor(ConnectionFactory connections, Dialect dialect, JsonFactory json) {
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
        return Flux.usingWhen(connections.create(),
                        connection -> Flux.from(statement(connection, query, binds, fetchSize).execute())
                                .concatMap(result -> result.map((row, metadata) -> type.cast(decode(query, row)))),
                        Connection::close,
                        (connection, error) -> connection.close(),
                        Connection::close)
                .onErrorMap(e -> !(e instanceof OrmException), e -> new QueryExecutionException(query.entity(), query.sql(), e));
    }

    /**
     * Runs a single-value query (a count). Errors and cancel behave as in {@link #fetch}.
     *
     * @param query the compiled query
     * @param binds the bind values
     * @return the value of the first column of the one row
     */
    public Mono<Long> count(CompiledQuery query, Object[] binds) {
        return Mono.usingWhen(connections.create(),
                        connection -> Flux.from(statement(connection, query, binds, 0).execute())
                                .concatMap(result -> result.map((row, metadata) -> ((Number) Objects.requireNonNull(row.get(0))).longValue()))
                                .single(),
                        Connection::close,
                        (connection, error) -> connection.close(),
                        Connection::close)
                .onErrorMap(e -> !(e instanceof OrmException), e -> new QueryExecutionException(query.entity(), query.sql(), e));
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
