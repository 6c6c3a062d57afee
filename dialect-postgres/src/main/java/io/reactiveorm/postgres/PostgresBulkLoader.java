package io.reactiveorm.postgres;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.r2dbc.postgresql.api.ErrorDetails;
import io.r2dbc.postgresql.api.PostgresqlConnection;
import io.r2dbc.postgresql.api.PostgresqlException;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.Wrapped;
import io.reactiveorm.BulkLoadException;
import io.reactiveorm.OrmException;
import io.reactiveorm.spi.BulkConflict;
import io.reactiveorm.spi.BulkLoader;
import io.reactiveorm.spi.BulkTable;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/**
 * PostgreSQL bulk loads: {@code COPY t (..) FROM STDIN} in text format, one COPY per load, fed one encoded chunk at
 * a time as the server takes them; conflict handling (which COPY cannot do) falls back to multi-row INSERT .. ON CONFLICT with up to
 * 65,535 bind parameters per statement.
 */
final class PostgresBulkLoader implements BulkLoader {
    private static final Pattern LINE = Pattern.compile("COPY [^,]+, line (\\d+)(?:, column ([^:]+))?");

    @Override
    public int maxBindParameters() {
        return 65_535;
    }

    @Override
    public boolean streams(BulkConflict conflict) {
        return conflict == BulkConflict.ERROR;
    }

    @Override
    public Mono<Long> stream(Connection connection, BulkTable table, Publisher<List<Object[]>> chunks) {
        PostgresqlConnection postgres = unwrap(connection);
        String sql = "COPY " + table.name() + " (" + table.columnList() + ") FROM STDIN";
        return Mono.defer(() -> {
            // The driver turns an error of the data into a CopyFail and reports the server's answer: keep the original.
            AtomicReference<Throwable> dataError = new AtomicReference<>();
            // After the server rejected a row the driver would read the source to its end: stop reading instead.
            Sinks.Empty<Void> failed = Sinks.empty();
            Flux<ByteBuf> data = Flux.from(chunks).doOnError(dataError::set).map(rows -> encode(table, rows))
                    .takeUntilOther(failed.asMono());
            return postgres.copyIn(sql, data).doOnError(e -> failed.tryEmitEmpty()).onErrorMap(e -> {
                Throwable original = dataError.get();
                return original != null ? original : e instanceof OrmException ? e : located(table, e);
            });
        });
    }

    private static ByteBuf encode(BulkTable table, List<Object[]> rows) {
        StringBuilder text = new StringBuilder(rows.size() * 64);
        for (Object[] row : rows) {
            CopyText.row(text, table.columns(), row);
        }
        return Unpooled.wrappedBuffer(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    private BulkLoadException located(BulkTable table, Throwable error) {
        long row = 0;
        String column = column(error);
        if (error instanceof PostgresqlException pg && pg.getErrorDetails().getWhere().isPresent()) {
            ErrorDetails details = pg.getErrorDetails();
            Matcher m = LINE.matcher(details.getWhere().get());
            if (m.find()) {
                row = Long.parseLong(m.group(1));
                if (column == null && m.group(2) != null) {
                    column = m.group(2).trim();
                }
            }
        }
        return new BulkLoadException(table.entity(), row, column, error);
    }

    @Override
    public @Nullable String column(Throwable error) {
        if (error instanceof PostgresqlException pg && pg.getErrorDetails().getColumnName().isPresent()) {
            return pg.getErrorDetails().getColumnName().get();
        }
        return BulkLoader.super.column(error);
    }

    private static PostgresqlConnection unwrap(Connection connection) {
        Object current = connection;
        while (!(current instanceof PostgresqlConnection) && current instanceof Wrapped<?> wrapped) {
            current = wrapped.unwrap();
        }
        if (current instanceof PostgresqlConnection postgres) {
            return postgres;
        }
        throw new OrmException("COPY needs an r2dbc-postgresql connection, got " + connection.getClass().getName());
    }
}
