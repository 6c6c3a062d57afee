package io.reactiveorm.internal.plan;

import io.reactiveorm.internal.model.Attribute;

/**
 * One key of a keyset page's sort, in the query's own order (not the direction of travel).
 *
 * @param path the sort path, e.g. {@code publishedAt} or {@code author.lastname}
 * @param attribute the attribute holding the value
 * @param descending whether the query sorts it descending
 * @param nullable whether the value may be NULL (a nullable column, or any column reached through a to-one path)
 * @param nullsLast whether NULLs come after the values in the query's order
 */
public record SortKey(String path, Attribute attribute, boolean descending, boolean nullable, boolean nullsLast) {

    /** @return whether the NULL placement differs from the default (NULLs greater than every value) */
    public boolean explicitNulls() {
        return nullsLast == descending;
    }
}
