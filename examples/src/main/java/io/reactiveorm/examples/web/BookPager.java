package io.reactiveorm.examples.web;

import io.reactiveorm.InvalidQueryException;
import io.reactiveorm.PageRequest;
import io.reactiveorm.Query;
import io.reactiveorm.examples.web.Catalog.Book;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Turns a book query into one {@link BookPage} with the ORM's keyset pages: one statement per page, and an opaque
 * cursor bound to the query's sort, so a cursor from elsewhere is a 400 naming {@code after}.
 */
@Component
class BookPager {

    /**
     * @param query the validated query, ordered by id
     * @param size the page size (already checked to be 1..100)
     * @param after the cursor of the previous page, or null for the first page
     * @return the page
     * @throws BadRequestException naming {@code after} if the cursor is not one of ours
     */
    Mono<BookPage> page(Query<Book> query, int size, @Nullable String after) {
        return Mono.defer(() -> query.page(after == null ? PageRequest.first(size) : PageRequest.after(after, size)))
                .map(page -> new BookPage(page.items(), page.nextCursor(), page.hasMore()))
                .onErrorMap(InvalidQueryException.class, e -> new BadRequestException("after", e.getMessage()));
    }
}
