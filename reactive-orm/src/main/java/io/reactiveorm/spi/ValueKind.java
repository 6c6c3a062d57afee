package io.reactiveorm.spi;

/**
 * The Java value kinds an attribute can hold. A dialect renders each kind inside JSON in a form the core decoder
 * reads back exactly (see {@link JsonSyntax#value}); the decoder accepts, per kind:
 * <ul>
 *   <li>numbers as JSON numbers or numeric strings, read exactly (never through {@code double} for
 *       {@link #LONG} and {@link #DECIMAL});</li>
 *   <li>{@link #BOOLEAN} as {@code true/false}, {@code 1/0} or their strings;</li>
 *   <li>{@link #DOUBLE} and {@link #FLOAT} also as the strings {@code "NaN"}, {@code "Infinity"},
 *       {@code "-Infinity"};</li>
 *   <li>temporal kinds as ISO-8601 strings ({@code ' '} accepted in place of {@code 'T'}, years of more than 4
 *       digits with or without {@code '+'}, PostgreSQL's {@code " BC"} suffix, {@code infinity}); offsets are kept
 *       as the instant and returned in UTC, because most databases store the instant only;</li>
 *   <li>{@link #BYTES} as base64 or hex text, as {@link Capabilities#binaryText()} declares;</li>
 *   <li>{@link #JSON} as embedded JSON wrapped in a one-element array ({@code [value]}), so that a JSON
 *       {@code null} ({@code [null]}) differs from SQL NULL ({@code null}).</li>
 * </ul>
 *
 * @since 0.1
 */
public enum ValueKind {
    /** {@code String} */ STRING,
    /** {@code Integer}, {@code int} */ INTEGER,
    /** {@code Long}, {@code long} */ LONG,
    /** {@code Short}, {@code short} */ SHORT,
    /** {@code Boolean}, {@code boolean} */ BOOLEAN,
    /** {@code BigDecimal} */ DECIMAL,
    /** {@code Double}, {@code double} */ DOUBLE,
    /** {@code Float}, {@code float} */ FLOAT,
    /** {@code LocalDate} */ DATE,
    /** {@code LocalTime} */ TIME,
    /** {@code LocalDateTime} */ DATETIME,
    /** {@code OffsetDateTime} */ OFFSET_DATETIME,
    /** {@code Instant} */ INSTANT,
    /** {@code UUID} */ UUID,
    /** {@code byte[]} */ BYTES,
    /** any {@code enum}, stored as its name */ ENUM,
    /** Jackson {@code JsonNode}, stored as a JSON column */ JSON
}
