package io.reactiveorm.spi;

import io.r2dbc.spi.Connection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;

/**
 * How a database takes bulk loads: an optional strategy of the {@link Dialect}. The core always drives the load (one
 * transaction, row numbering, chunking, errors); the strategy decides how rows reach the database:
 * <ul>
 *   <li>by default, as multi-row {@code INSERT} statements the core binds and runs one after another, rendered by
 *       {@link SqlSyntax#insert} within {@link Capabilities#maxBindParameters()}; {@link #supports} says which
 *       conflict handlings the database can do;</li>
 *   <li>or, where {@link #streams} says so, through the database's own bulk protocol ({@code COPY}) in
 *       {@link #stream}.</li>
 * </ul>
 *
 * @since 0.1
 */
public interface BulkLoader {

    /** Column names in common driver messages: {@code column "x"}, {@code Column 'x'}, {@code failed: t.x}. */
    Pattern COLUMN_IN_MESSAGE = Pattern.compile(
            "(?i)column [\"'`]?([A-Za-z0-9_$]+)[\"'`]?|constraint failed: [A-Za-z0-9_$]+\\.([A-Za-z0-9_$]+)");

    /** Multi-row INSERT statements, with every conflict handling. */
    BulkLoader GENERIC = new BulkLoader() {
    };

    /**
     * @param conflict a conflict handling
     * @return whether the database can do it (otherwise the load fails before it starts)
     */
    default boolean supports(BulkConflict conflict) {
        return true;
    }

    /**
     * @param conflict the load's conflict handling
     * @return whether {@link #stream} takes this load (default: never)
     */
    default boolean streams(BulkConflict conflict) {
        return false;
    }

    /**
     * Streams every row into the table on the given connection, which is inside the load's transaction (never
     * commit or roll back here). Must request chunks only as fast as the database takes them. Errors should be a
     * {@link io.reactiveorm.BulkLoadException} naming the row (1-based across the whole load) where the database
     * reports it; any other error is reported without a row number.
     *
     * <p>The core never cancels the returned Mono: when the load is cancelled, it ends {@code chunks} with an
     * error, and the statement must then end so that the database keeps nothing (a {@code COPY} ends in CopyFail).
     * The transaction ends only after the returned Mono has terminated.
     *
     * @param connection the transaction's connection (possibly a pool's wrapper)
     * @param table the table
     * @param chunks the rows, in bounded chunks, in order
     * @return the number of rows written
     */
    default Mono<Long> stream(Connection connection, BulkTable table, Publisher<List<Object[]>> chunks) {
        return Mono.error(new UnsupportedOperationException("this dialect has no streaming bulk load"));
    }

    /**
     * @param error the database's error for one rejected row
     * @return the column it blames, or null; the default reads common message forms
     */
    default @Nullable String column(Throwable error) {
        String message = error.getMessage();
        if (message == null) {
            return null;
        }
        Matcher m = COLUMN_IN_MESSAGE.matcher(message);
        return m.find() ? (m.group(1) != null ? m.group(1) : m.group(2)) : null;
    }
}
