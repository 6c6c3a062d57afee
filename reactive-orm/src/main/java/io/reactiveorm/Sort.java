package io.reactiveorm;

import java.util.Objects;

/**
 * One ORDER BY term: an attribute path ({@code "title"}, or {@code "author.lastname"} on the root) and a direction.
 *
 * @param path the attribute, or a to-one path on the root query
 * @param descending whether the order is descending
 * @since 0.1
 */
public record Sort(String path, boolean descending) {

    /** Checks the path. */
    public Sort {
        Objects.requireNonNull(path, "path must not be null");
    }

    /**
     * @param path the attribute path
     * @return an ascending order on {@code path}
     */
    public static Sort asc(String path) {
        return new Sort(path, false);
    }

    /**
     * @param path the attribute path
     * @return a descending order on {@code path}
     */
    public static Sort desc(String path) {
        return new Sort(path, true);
    }

    @Override
    public String toString() {
        return path + (descending ? " desc" : " asc");
    }
}
