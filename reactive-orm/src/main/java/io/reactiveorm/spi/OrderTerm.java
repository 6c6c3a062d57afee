package io.reactiveorm.spi;

import java.util.Objects;

/**
 * One rendered ORDER BY term.
 *
 * @param expression the SQL expression, e.g. {@code t2.id}
 * @param descending whether it sorts descending
 * @param nulls where NULLs go ({@link Nulls#UNSPECIFIED} for a key that is never NULL)
 * @since 0.1
 */
public record OrderTerm(String expression, boolean descending, Nulls nulls) {

    /** Checks the parts. */
    public OrderTerm {
        Objects.requireNonNull(expression, "expression must not be null");
        Objects.requireNonNull(nulls, "nulls must not be null");
    }

    /**
     * A term whose key is never NULL.
     *
     * @param expression the SQL expression
     * @param descending whether it sorts descending
     */
    public OrderTerm(String expression, boolean descending) {
        this(expression, descending, Nulls.UNSPECIFIED);
    }

    /** Where the NULLs of a key go. */
    public enum Nulls {
        /** not said (the key is never NULL) */ UNSPECIFIED,
        /** before the values */ FIRST,
        /** after the values */ LAST
    }

    /**
     * @param other another expression, e.g. the column of a derived table that selected this one
     * @return the same direction and NULL placement on {@code other}
     */
    public OrderTerm on(String other) {
        return new OrderTerm(other, descending, nulls);
    }

    /** @return the term as standard SQL, e.g. {@code t2.id DESC} or {@code t2.due DESC NULLS LAST} */
    public String sql() {
        String out = descending ? expression + " DESC" : expression;
        return switch (nulls) {
            case UNSPECIFIED -> out;
            case FIRST -> out + " NULLS FIRST";
            case LAST -> out + " NULLS LAST";
        };
    }
}
