package io.reactiveorm.spi;

/**
 * What a dialect's database can do, as flags and numbers the core asks instead of checking which database it is.
 *
 * @param binaryText how binary values are written as text inside JSON
 * @param fetchSize the rows a streaming query asks the driver for at a time (0: the driver's default)
 * @param blockingDriver whether the driver does its work on the subscribing thread (like r2dbc-h2, which runs an
 *     embedded database in-process): the core then subscribes to every driver publisher on a bounded elastic
 *     scheduler, so no database work ever runs on a non-blocking thread
 * @since 0.1
 */
public record Capabilities(BinaryText binaryText, int fetchSize, boolean blockingDriver) {

    /**
     * Capabilities of a non-blocking driver.
     *
     * @param binaryText how binary values are written as text inside JSON
     * @param fetchSize the rows a streaming query fetches at a time (0: the driver's default)
     */
    public Capabilities(BinaryText binaryText, int fetchSize) {
        this(binaryText, fetchSize, false);
    }

    /** Text encodings of binary values inside JSON. */
    public enum BinaryText {
        /** base64, line breaks allowed */ BASE64,
        /** hexadecimal digits */ HEX
    }
}
