package io.reactiveorm.examples.web;

import io.reactiveorm.examples.web.Catalog.Book;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One page of books, shaped like the ORM's keyset {@code Page}: the items, an opaque cursor for the next page
 * ({@code GET /books?after=<nextCursor>}) and whether there is one.
 *
 * @param items the books of this page, in id order
 * @param nextCursor pass as {@code after} for the next page; null on the last page
 * @param hasMore whether a next page exists
 */
public record BookPage(List<Book> items, @Nullable String nextCursor, boolean hasMore) {
}
