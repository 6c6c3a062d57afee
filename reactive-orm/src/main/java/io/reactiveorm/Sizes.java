package io.reactiveorm;

/**
 * Checks the sizes callers hand to the public API (page and batch sizes, limits, offsets) before any SQL exists,
 * with bounds that keep every derived number ({@code size + 1} rows to fetch) far from overflow.
 */
final class Sizes {
    private Sizes() {
    }

    /**
     * @param parameter the parameter's name, as the caller knows it
     * @param value the value given
     * @param min the smallest allowed
     * @param max the largest allowed
     * @return the value
     * @throws InvalidQueryException naming the parameter, the value and the allowed range
     */
    static long check(String parameter, long value, long min, long max) {
        if (value < min || value > max) {
            throw new InvalidQueryException(parameter + " " + value + " is outside " + min + ".." + max);
        }
        return value;
    }
}
