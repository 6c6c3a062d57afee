package io.reactiveorm;

import java.util.Locale;
import java.util.Objects;

/**
 * One ORDER BY term: an attribute path ({@code "title"}, or {@code "author.lastname"} on the root), a direction and
 * where NULLs go.
 *
 * <p>NULL placement is the same on every database. By default NULLs sort as if greater than every value: last
 * ascending, first descending (PostgreSQL's own default, and the rule of keyset pages). {@link #nullsFirst()} and
 * {@link #nullsLast()} choose explicitly; the SQL then says so on every dialect ({@code NULLS FIRST/LAST}, or an
 * {@code IS NULL} key where the database has no such clause).
 *
 * @param path the attribute, or a to-one path on the root query
 * @param descending whether the order is descending
 * @param nulls where NULLs go
 * @since 0.1
 */
public record Sort(String path, boolean descending, Nulls nulls) {

    /** Checks the parts. */
    public Sort {
        Objects.requireNonNull(path, "path must not be null");
        Objects.requireNonNull(nulls, "nulls must not be null");
    }

    /** Where NULLs go. */
    public enum Nulls {
        /** before the values */ FIRST,
        /** after the values */ LAST
    }

    /**
     * An order with the default NULL placement (NULLs greater than every value).
     *
     * @param path the attribute path
     * @param descending whether the order is descending
     */
    public Sort(String path, boolean descending) {
        this(path, descending, descending ? Nulls.FIRST : Nulls.LAST);
    }

    /**
     * @param path the attribute path
     * @return an ascending order on {@code path}, NULLs last
     */
    public static Sort asc(String path) {
        return new Sort(path, false);
    }

    /**
     * @param path the attribute path
     * @return a descending order on {@code path}, NULLs first
     */
    public static Sort desc(String path) {
        return new Sort(path, true);
    }

    /** @return this order with NULLs before the values */
    public Sort nullsFirst() {
        return new Sort(path, descending, Nulls.FIRST);
    }

    /** @return this order with NULLs after the values */
    public Sort nullsLast() {
        return new Sort(path, descending, Nulls.LAST);
    }

    /** @return e.g. {@code due desc} or {@code due desc nulls last} (the placement only when not the default) */
    @Override
    public String toString() {
        String out = path + (descending ? " desc" : " asc");
        return (nulls == Nulls.LAST) == descending ? out + " nulls " + nulls.name().toLowerCase(Locale.ROOT) : out;
    }
}
