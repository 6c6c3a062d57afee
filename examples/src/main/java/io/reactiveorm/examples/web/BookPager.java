package io.reactiveorm.examples.web;

import io.reactiveorm.Query;
import io.reactiveorm.examples.web.Catalog.Book;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Turns a book query into one {@link BookPage}. Paging is limit/offset for now, behind an opaque cursor
 * ({@code o1.<offset>}, base64url), so clients already use the cursor contract of the ORM's keyset pages and keep
 * working when this class switches to {@code Query#page(PageRequest)}.
 */
@Component
class BookPager {
    private static final String VERSION = "o1.";

    /**
     * @param query the validated query, ordered by id
     * @param size the page size (already checked to be 1..100)
     * @param after the cursor of the previous page, or null for the first page
     * @return the page
     * @throws BadRequestException naming {@code after} if the cursor is not one of ours
     */
    Mono<BookPage> page(Query<Book> query, int size, @Nullable String after) {
        long offset = after == null ? 0 : decode(after);
        return query.offset(offset).limit(size + 1).fetchAll().collectList().map(rows -> {
            boolean hasMore = rows.size() > size;
            List<Book> items = hasMore ? new ArrayList<>(rows.subList(0, size)) : rows;
            return new BookPage(items, hasMore ? encode(offset + size) : null, hasMore);
        });
    }

    static String encode(long offset) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((VERSION + offset).getBytes(StandardCharsets.US_ASCII));
    }

    private static long decode(String cursor) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII);
            if (text.startsWith(VERSION)) {
                long offset = Long.parseLong(text.substring(VERSION.length()));
                if (offset >= 0) {
                    return offset;
                }
            }
        } catch (IllegalArgumentException e) {
            // not base64url or not a number: reported below
        }
        throw new BadRequestException("after", "'" + cursor + "' is not a cursor returned by this API (use nextCursor)");
    }
}
