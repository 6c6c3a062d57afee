package io.reactiveorm;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Which keyset page to load: the first one, the one after a cursor, or the one before a cursor. Cursors come
 * from {@link Page#nextCursor()} and {@link Page#previousCursor()} of the same query (same entity and sort).
 *
 * <pre>{@code
 * Mono<Page<Book>> first = books.page(PageRequest.first(20));
 * Mono<Page<Book>> second = first.flatMap(page -> books.page(PageRequest.after(page.nextCursor(), 20)));
 * Mono<Page<Book>> back = second.flatMap(page -> books.page(PageRequest.before(page.previousCursor(), 20))); // == first
 * }</pre>
 *
 * @param cursor the cursor to start from, or null for the first page
 * @param size the most items on the page (at least 1)
 * @param before whether the page holds the rows before the cursor (items are still in the query's order)
 * @since 0.1
 */
public record PageRequest(@Nullable String cursor, int size, boolean before) {

    /** Checks the arguments. */
    public PageRequest {
        if (size < 1) {
            throw new IllegalArgumentException("page size must be at least 1: " + size);
        }
        if (before && cursor == null) {
            throw new IllegalArgumentException("a page before a cursor needs the cursor");
        }
    }

    /**
     * @param size the most items
     * @return the first page of the query's order
     */
    public static PageRequest first(int size) {
        return new PageRequest(null, size, false);
    }

    /**
     * @param cursor a {@link Page#nextCursor()}
     * @param size the most items
     * @return the page of the rows right after the cursor's row
     */
    public static PageRequest after(String cursor, int size) {
        return new PageRequest(Objects.requireNonNull(cursor, "cursor must not be null"), size, false);
    }

    /**
     * @param cursor a {@link Page#previousCursor()}
     * @param size the most items
     * @return the page of the rows right before the cursor's row, in the query's order
     */
    public static PageRequest before(String cursor, int size) {
        return new PageRequest(Objects.requireNonNull(cursor, "cursor must not be null"), size, true);
    }
}
