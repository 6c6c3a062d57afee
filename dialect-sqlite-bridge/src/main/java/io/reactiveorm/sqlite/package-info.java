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
 * e.g. {@code 12345678901234567890.10}; declare such columns TEXT, because NUMERIC/DECIMAL
 * affinity would turn them into lossy REAL); byte[] and ByteBuffer are BLOB; UUID is TEXT;
 * LocalDate is ISO-8601 TEXT ({@code 2024-01-15}); LocalTime and LocalDateTime are ISO-8601 TEXT
 * with a fixed six-digit fraction ({@code 08:20:30.123456}, {@code 2024-01-15T08:20:30.123456});
 * OffsetDateTime, ZonedDateTime and Instant are normalised to UTC with a fixed six-digit fraction
 * ({@code 2024-01-15T08:20:30.123456Z}), so text order is time order; sub-microsecond digits are
 * truncated and offsets read back as UTC. {@code Row.get(i, X.class)} converts back from these
 * forms; {@code Row.get(i)} returns the storage value (Long, Double, String or byte[]).
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
