package io.reactiveorm;

/**
 * How each nested object travels from the database: as an object with compressed keys ({@code {"0":..,"1":..}},
 * readable when debugging) or as a positional array ({@code [..,..]}, fewer bytes). Both decode through the same
 * result shape; {@link #ARRAYS} is the default.
 *
 * @since 0.1
 */
public enum JsonEncoding {
    /** Objects with keys {@code 0..9, a..z, 10..} assigned per query. */
    KEYS,
    /** Positional arrays in the order of the result shape. */
    ARRAYS
}
