package io.reactiveorm.bench.model;

import io.reactiveorm.BelongsTo;
import io.reactiveorm.HasMany;
import io.reactiveorm.Id;
import io.reactiveorm.Table;
import java.util.List;

/** The book / person / review model of the benchmarks (the shape of pg-ceilings §4). */
public final class Library {
    private Library() {
    }

    /** A person writes books and reviews them. */
    @Table("person")
    public record Person(@Id Long id, String firstname, String lastname,
                         @HasMany(foreignKey = "author_id") List<Book> books) {
    }

    /** A book has an author and reviews. */
    @Table("book")
    public record Book(@Id Long id, String title,
                       @BelongsTo(foreignKey = "author_id") Person author,
                       @HasMany(foreignKey = "book_id") List<Review> reviews) {
    }

    /** A review of a book by a reviewer. */
    @Table("review")
    public record Review(@Id Long id, String title, @BelongsTo(foreignKey = "reviewer_id") Person reviewer) {
    }
}
