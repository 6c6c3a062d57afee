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
 * @param size the most items on the page, 1 to {@link #MAX_SIZE}
 * @param before whether the page holds the rows before the cursor (items are still in the query's order)
 * @since 0.1
 */
public record PageRequest(@Nullable String cursor, int size, boolean before) {
    /** The largest page size (and {@link Query#stream} batch size): a page is held in memory whole. */
    public static final int MAX_SIZE = 1_000_000;

    /**
     * Checks the arguments.
     *
     * @throws InvalidQueryException if the size is outside 1..{@link #MAX_SIZE}
     */
    public PageRequest {
        Sizes.check("page size", size, 1, MAX_SIZE);
        if (before && cursor == null) {
            throw new InvalidQueryException("a page before a cursor needs the cursor");
        }
    }

    /**
     * @param size the most items, 1 to {@link #MAX_SIZE}
     * @return the first page of the query's order
     * @throws InvalidQueryException if the size is out of range
     */
    public static PageRequest first(int size) {
        return new PageRequest(null, size, false);
    }

    /**
     * @param cursor a {@link Page#nextCursor()}
     * @param size the most items, 1 to {@link #MAX_SIZE}
     * @return the page of the rows right after the cursor's row
     * @throws InvalidQueryException if the size is out of range
     */
    public static PageRequest after(String cursor, int size) {
        return new PageRequest(Objects.requireNonNull(cursor, "cursor must not be null"), size, false);
    }

    /**
     * @param cursor a {@link Page#previousCursor()}
     * @param size the most items, 1 to {@link #MAX_SIZE}
     * @return the page of the rows right before the cursor's row, in the query's order
     * @throws InvalidQueryException if the size is out of range
     */
    public static PageRequest before(String cursor, int size) {
        return new PageRequest(Objects.requireNonNull(cursor, "cursor must not be null"), size, true);
    }
}
