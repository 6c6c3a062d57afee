package io.reactiveorm.spi;

/**
 * One rendered ORDER BY term.
 *
 * @param expression the SQL expression, e.g. {@code t2.id}
 * @param descending whether it sorts descending
 * @since 0.1
 */
public record OrderTerm(String expression, boolean descending) {

    /** @return the term as SQL, e.g. {@code t2.id DESC} */
    public String sql() {
        return descending ? expression + " DESC" : expression;
    }
}
