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
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * PostgreSQL bulk loads: {@code COPY t (..) FROM STDIN} in text format, one COPY per 50 chunks, fed one encoded
 * chunk at a time; conflict handling (which COPY cannot do) falls back to multi-row INSERT .. ON CONFLICT.
 */
final class PostgresBulkLoader implements BulkLoader {
    /** Chunks per COPY statement. */
    static final int SEGMENT_CHUNKS = 50;
    private static final Pattern LINE = Pattern.compile("COPY [^,]+, line (\\d+)(?:, column ([^:]+))?");

    @Override
    public boolean streams(BulkConflict conflict) {
        return conflict == BulkConflict.ERROR;
    }

    @Override
    public Mono<Long> stream(Connection connection, BulkTable table, Publisher<List<Object[]>> chunks) {
        PostgresqlConnection postgres = unwrap(connection);
        String sql = "COPY " + table.name() + " (" + table.columnList() + ") FROM STDIN";
        // The driver turns an error of the data into a CopyFail and reports the server's answer to it: keep the original.
        AtomicReference<Throwable> dataError = new AtomicReference<>();
        AtomicLong encoded = new AtomicLong();
        // One COPY per segment: the driver reports a rejected row only once its COPY's data has been sent, so
        // segments bound how much of the source is read (and dropped) after a failure. (A single COPY would pull
        // the data on the event loop, where a full direct-memory budget makes the JDK sleep.) A cancelled load ends
        // the rows with an error (BulkRunner), so the current COPY ends in CopyFail and no later one starts. window(n) asks the source for a
        // whole segment at once, so up to one segment of converted rows (50 chunks) may wait here; windowUntil with
        // prefetch 1 would pull less but, measured, left a cancelled COPY (and its connection) hanging.
        return Flux.from(chunks).doOnError(dataError::set).window(SEGMENT_CHUNKS).concatMap(segment -> {
            long before = encoded.get();
            Flux<ByteBuf> data = segment.map(rows -> {
                encoded.addAndGet(rows.size());
                return encode(table, rows);
            });
            return postgres.copyIn(sql, data).onErrorMap(e -> {
                Throwable original = dataError.get();
                return original != null ? original : e instanceof OrmException ? e : located(table, before, e);
            });
        }, 0).reduce(0L, Long::sum);
    }

    private static ByteBuf encode(BulkTable table, List<Object[]> rows) {
        StringBuilder text = new StringBuilder(rows.size() * 64);
        for (Object[] row : rows) {
            CopyText.row(text, table.columns(), row);
        }
        return Unpooled.wrappedBuffer(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    private BulkLoadException located(BulkTable table, long before, Throwable error) {
        long row = 0;
        String column = column(error);
        if (error instanceof PostgresqlException pg && pg.getErrorDetails().getWhere().isPresent()) {
            ErrorDetails details = pg.getErrorDetails();
            Matcher m = LINE.matcher(details.getWhere().get());
            if (m.find()) {
                row = before + Long.parseLong(m.group(1));
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
