package io.reactiveorm;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One keyset page. Items are always in the query's order, whichever direction the page was read in.
 *
 * @param items the page's roots, each with its include tree
 * @param nextCursor continues forwards after the last item ({@link PageRequest#after}); null when no row is
 *     known to follow (no more pages forwards)
 * @param previousCursor continues backwards before the first item ({@link PageRequest#before}); null on the first
 *     page and when no row precedes it
 * @param hasMore whether more rows exist in the direction the page was read (forwards for {@code first}/{@code
 *     after}, backwards for {@code before}); known by fetching one row more than the page size
 * @param <T> the root type
 * @since 0.1
 */
public record Page<T>(List<T> items, @Nullable String nextCursor, @Nullable String previousCursor, boolean hasMore) {

    /** Copies the items. */
    public Page {
        items = List.copyOf(items);
    }
}
