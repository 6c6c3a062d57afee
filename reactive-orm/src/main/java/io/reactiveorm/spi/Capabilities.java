package io.reactiveorm.spi;

/**
 * What a dialect's database can do, as flags and numbers the core asks instead of checking which database it is.
 *
 * @param binaryText how binary values are written as text inside JSON
 * @param fetchSize the rows a streaming query asks the driver for at a time (0: the driver's default)
 * @since 0.1
 */
public record Capabilities(BinaryText binaryText, int fetchSize) {

    /** Text encodings of binary values inside JSON. */
    public enum BinaryText {
        /** base64, line breaks allowed */ BASE64,
        /** hexadecimal digits */ HEX
    }
}
