package io.reactiveorm.examples.web;

import io.reactiveorm.BelongsTo;
import io.reactiveorm.HasMany;
import io.reactiveorm.Id;
import io.reactiveorm.Table;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The book catalog: people write books and review them. Attributes and relations left out of an include tree are
 * {@code null} (and left out of the JSON). The foreign keys are also plain attributes, so rows can be written.
 */
public final class Catalog {
    private Catalog() {
    }

    /** A person writes books and reviews them. */
    @Table("person")
    public record Person(@Id @Nullable Long id, @Nullable String firstname, @Nullable String lastname,
                         @HasMany(foreignKey = "author_id") @Nullable List<Book> books) {
    }

    /** A book has an author, reviews, and a count of its reviews kept by the write endpoint. */
    @Table("book")
    public record Book(@Id @Nullable Long id, @Nullable String title, @Nullable LocalDate publishedAt,
                       @Nullable Integer reviewCount, @Nullable Long authorId,
                       @BelongsTo(foreignKey = "author_id") @Nullable Person author,
                       @HasMany(foreignKey = "book_id") @Nullable List<Review> reviews) {
    }

    /** A review of a book by a reviewer. */
    @Table("review")
    public record Review(@Id @Nullable Long id, @Nullable String title, @Nullable Long bookId, @Nullable Long reviewerId,
                         @BelongsTo(foreignKey = "reviewer_id") @Nullable Person reviewer) {
    }
}
