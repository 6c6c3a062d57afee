package io.reactiveorm.examples.web;

import io.reactiveorm.Filter;
import io.reactiveorm.IncludeTree;
import io.reactiveorm.InvalidQueryException;
import io.reactiveorm.Orm;
import io.reactiveorm.Query;
import io.reactiveorm.Sort;
import io.reactiveorm.examples.web.Catalog.Book;
import io.reactiveorm.examples.web.Catalog.Review;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * Books: a page of books with a client-chosen include tree, and adding a review (one transaction).
 *
 * <pre>
 * GET  /books?include=author(firstname,lastname),reviews(title,reviewer(firstname))&amp;size=20&amp;after=&lt;cursor&gt;
 * POST /books/{id}/reviews   {"title": "...", "reviewerId": 3}
 * </pre>
 */
@RestController
class BooksController {
    /** The largest page size, and the largest per-include limit a client may ask for. */
    static final int MAX_PAGE_SIZE = 100;
    static final String DEFAULT_INCLUDE = "title,publishedAt,reviewCount,author(firstname,lastname)";
    private static final IncludeTree COUNTER = IncludeTree.parse("reviewCount");

    private final Orm orm;
    private final BookPager pager;

    BooksController(Orm orm, BookPager pager) {
        this.orm = orm;
        this.pager = pager;
    }

    /**
     * Validates everything before any SQL: the include text is parsed and checked against the model and the
     * {@link ExampleApplication#CLIENT_LIMITS} (unknown names, depth, node count, per-include limits); bad input
     * is a 400 naming the parameter.
     */
    @GetMapping("/books")
    Mono<BookPage> books(@RequestParam(required = false) @Nullable String include,
                         @RequestParam(required = false) @Nullable String size,
                         @RequestParam(required = false) @Nullable String after) {
        Query<Book> query = orm.from(Book.class).includeTree(includeTree(include)).orderBy(Sort.asc("id"));
        try {
            query.toSql(); // plans the query: every name and limit is checked here, on the caller's thread
        } catch (InvalidQueryException e) {
            throw new BadRequestException("include", e.getMessage());
        }
        return pager.page(query, pageSize(size), after == null || after.isEmpty() ? null : after);
    }

    /** The body of {@code POST /books/{id}/reviews}. */
    record NewReview(@Nullable String title, @Nullable Long reviewerId) {
    }

    /** What {@code POST /books/{id}/reviews} returns: the stored review and the book's new review count. */
    record ReviewAdded(Review review, int reviewCount) {
    }

    /**
     * Adds a review and bumps the book's review count in one transaction: a missing book (404) or a reviewer that
     * does not exist (409, the foreign key) leaves both unchanged.
     */
    @PostMapping("/books/{id}/reviews")
    @ResponseStatus(HttpStatus.CREATED)
    Mono<ReviewAdded> addReview(@PathVariable long id, @RequestBody NewReview body) {
        String title = body.title();
        if (title == null || title.isBlank()) {
            throw new BadRequestException("title", "a review needs a non-empty title");
        }
        return orm.inTransaction(tx -> tx.updateAll(Book.class).increment("reviewCount", 1).where(Filter.eq("id", id)).execute()
                .flatMap(updated -> updated == 0
                        ? Mono.<Review>error(new NotFoundException("no book with id " + id))
                        : tx.insert(new Review(null, title, id, body.reviewerId(), null)))
                .flatMap(review -> tx.from(Book.class).where(Filter.eq("id", id)).includeTree(COUNTER).fetchOne()
                        .map(book -> new ReviewAdded(review, book.reviewCount() == null ? 0 : book.reviewCount()))));
    }

    private static IncludeTree includeTree(@Nullable String include) {
        try {
            return IncludeTree.parse(include == null || include.isBlank() ? DEFAULT_INCLUDE : include);
        } catch (InvalidQueryException e) {
            throw new BadRequestException("include", e.getMessage());
        }
    }

    private static int pageSize(@Nullable String size) {
        if (size == null || size.isEmpty()) {
            return 20;
        }
        int n;
        try {
            n = Integer.parseInt(size.trim());
        } catch (NumberFormatException e) {
            throw new BadRequestException("size", "'" + size + "' is not a whole number");
        }
        if (n < 1 || n > MAX_PAGE_SIZE) {
            throw new BadRequestException("size", "size " + n + " is outside 1.." + MAX_PAGE_SIZE);
        }
        return n;
    }
}
