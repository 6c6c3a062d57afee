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
 * @since 0.1
 */
public record Capabilities(BinaryText binaryText, int fetchSize, boolean blockingDriver, ValueLimits values) {

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
        return new Capabilities(binaryText, fetchSize, blockingDriver, limits);
    }

    /** Text encodings of binary values inside JSON. */
    public enum BinaryText {
        /** base64, line breaks allowed */ BASE64,
        /** hexadecimal digits */ HEX
    }
}
