package io.reactiveorm.internal.plan;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Everything that decides a keyset page's SQL text: the key of the compiled-page cache.
 *
 * @param query the root query's shape (no limit, no offset)
 * @param fetch the rows to fetch (page size + 1)
 * @param backwards whether the page is read against the query's order (a page before a cursor)
 * @param cursorNulls which cursor values are NULL, one per sort key; null for a page without a cursor
 */
public record PageShape(QueryShape query, int fetch, boolean backwards, @Nullable List<Boolean> cursorNulls) {

    /** Copies the list. */
    public PageShape {
        cursorNulls = cursorNulls == null ? null : List.copyOf(cursorNulls);
    }
}
