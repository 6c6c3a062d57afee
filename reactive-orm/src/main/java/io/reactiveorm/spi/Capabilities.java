package io.reactiveorm.spi;

/**
 * What a dialect's database can do, as flags and numbers the core asks instead of checking which database it is.
 *
 * @param binaryText how binary values are written as text inside JSON
 * @param fetchSize the rows a streaming query asks the driver for at a time (0: the driver's default)
 * @param blockingDriver whether the driver does its work on the subscribing thread (like r2dbc-h2, which runs an
 *     embedded database in-process): the core then subscribes to every driver publisher on a bounded elastic
 *     scheduler, so no database work ever runs on a non-blocking thread
 * @param values the values the database stores unchanged; writes outside them are rejected
 * @param maxBindParameters the most bind parameters one statement may carry: every statement the core renders stays
 *     within it (multi-row inserts and bulk loads are split into statements, reloads by id are read in parts, a
 *     longer IN list is rejected)
 * @since 0.1
 */
public record Capabilities(BinaryText binaryText, int fetchSize, boolean blockingDriver, ValueLimits values,
        int maxBindParameters) {

    /** The bind parameter limit of capabilities that name none: 32,766 (SQLite's default). */
    public static final int DEFAULT_MAX_BIND_PARAMETERS = 32_766;

    /**
     * Capabilities with the {@link #DEFAULT_MAX_BIND_PARAMETERS default bind parameter limit}.
     *
     * @param binaryText how binary values are written as text inside JSON
     * @param fetchSize the rows a streaming query fetches at a time (0: the driver's default)
     * @param blockingDriver whether the driver works on the subscribing thread
     * @param values the values the database stores unchanged
     */
    public Capabilities(BinaryText binaryText, int fetchSize, boolean blockingDriver, ValueLimits values) {
        this(binaryText, fetchSize, blockingDriver, values, DEFAULT_MAX_BIND_PARAMETERS);
    }

    /**
     * Capabilities with {@link ValueLimits#ISO} values.
     *
     * @param binaryText how binary values are written as text inside JSON
     * @param fetchSize the rows a streaming query fetches at a time (0: the driver's default)
     * @param blockingDriver whether the driver works on the subscribing thread
     */
    public Capabilities(BinaryText binaryText, int fetchSize, boolean blockingDriver) {
        this(binaryText, fetchSize, blockingDriver, ValueLimits.ISO);
    }

    /**
     * Capabilities of a non-blocking driver.
     *
     * @param binaryText how binary values are written as text inside JSON
     * @param fetchSize the rows a streaming query fetches at a time (0: the driver's default)
     */
    public Capabilities(BinaryText binaryText, int fetchSize) {
        this(binaryText, fetchSize, false);
    }

    /**
     * @param limits the values the database stores unchanged
     * @return these capabilities with those limits
     */
    public Capabilities withValues(ValueLimits limits) {
        return new Capabilities(binaryText, fetchSize, blockingDriver, limits, maxBindParameters);
    }

    /**
     * @param limit the most bind parameters one statement may carry
     * @return these capabilities with that limit
     */
    public Capabilities withMaxBindParameters(int limit) {
        return new Capabilities(binaryText, fetchSize, blockingDriver, values, limit);
    }

    /** Text encodings of binary values inside JSON. */
    public enum BinaryText {
        /** base64, line breaks allowed */ BASE64,
        /** hexadecimal digits */ HEX
    }
}
