/**
 * SQLite for reactive-orm: an R2DBC SPI driver that bridges sqlite-jdbc onto a dedicated
 * bounded-elastic scheduler, and the SQLite dialect ({@link io.reactiveorm.sqlite.SqliteDialectProvider},
 * found automatically for factories named {@code SQLite}).
 *
 * <p><b>Driver.</b> The bridge scheduler ({@code r2dbc-sqlite-N} threads) is the only code in the
 * project allowed to block, and only on that scheduler. Entry points are
 * {@link io.reactiveorm.sqlite.SqliteConnectionFactory} and its ServiceLoader provider (driver
 * {@code sqlite}); see the factory for the one-writer / reader-pool design. Results are pulled from
 * the JDBC result set in demand-sized chunks and emitted from the bridge thread after the chunk was
 * read; a {@code Row} is valid only inside the mapping function. Subscribers should not block inside
 * mapping functions or {@code onNext} (move heavy work elsewhere with {@code publishOn}).
 *
 * <p><b>Storage conventions.</b> Integers (Byte, Short, Integer, Long) are INTEGER; Double and
 * Float are REAL; Boolean is INTEGER 0/1; BigDecimal and BigInteger are TEXT (exact, scale kept,
 * e.g. {@code 12345678901234567890.10}, and {@code 1E+5} for a negative scale; declare such
 * columns TEXT, because NUMERIC/DECIMAL affinity would turn them into lossy REAL); byte[],
 * ByteBuffer, {@code Blob} and {@code Clob} (read when the statement executes) are BLOB and TEXT;
 * UUID is TEXT;
 * LocalDate is ISO-8601 TEXT ({@code 2024-01-15}); LocalTime and LocalDateTime are ISO-8601 TEXT
 * with a fixed six-digit fraction ({@code 08:20:30.123456}, {@code 2024-01-15T08:20:30.123456});
 * OffsetDateTime, ZonedDateTime and Instant are normalised to UTC with a fixed six-digit fraction
 * ({@code 2024-01-15T08:20:30.123456Z}), so text order is time order; sub-microsecond digits are
 * truncated and offsets read back as UTC. {@code Row.get(i, X.class)} converts back from these
 * forms (also to {@code Blob} and {@code Clob}); {@code Row.get(i)} returns the storage value
 * (Long, Double, String, or a BLOB as {@code ByteBuffer}, the SPI's default); an integer is a
 * Long whatever the column's declared type, because SQLite's INTEGER holds 64 bits.
 *
 * <p><b>Statements.</b> Text of several statements runs them all, one {@code Result} each, and
 * takes no bind parameters (a trigger definition is one statement). The driver passes the R2DBC
 * TCK ({@code SqliteTckTest}, which the build runs with the other tests).
 *
 * <p><b>Dialect.</b> Include trees become one statement of {@code json_object}/{@code json_array}
 * and {@code json_group_array(.. ORDER BY ..)} over correlated scalar subqueries; see
 * {@code SqliteJsonSyntax} for the SQLite JSON pitfalls it works around. Decimals stored as TEXT
 * compare and sort as text in filters and ORDER BY (not numerically), and SQLite's {@code LIKE} is
 * case-insensitive for ASCII.
 */
@NullMarked
package io.reactiveorm.sqlite;

import org.jspecify.annotations.NullMarked;
