package io.reactiveorm.conformance;

import io.reactiveorm.BelongsTo;
import io.reactiveorm.Count;
import io.reactiveorm.HasMany;
import io.reactiveorm.Id;
import io.reactiveorm.Table;
import java.time.LocalDate;
import java.util.List;

/** The book / person / review reference model: to-one, to-many, self-referencing cycles (person → books → author). */
public final class Library {
    private Library() {
    }

    /** A person writes books and reviews them. */
    @Table("person")
    public record Person(@Id Long id, String firstname, String lastname,
                         @HasMany(foreignKey = "author_id") List<Book> books) {
    }

    /** A book has an optional author and any number of reviews. */
    @Table("book")
    public record Book(@Id Long id, String title, LocalDate publishedAt,
                       @BelongsTo(foreignKey = "author_id") Person author,
                       @HasMany(foreignKey = "book_id") List<Review> reviews,
                       @Count("reviews") Long reviewCount) {
    }

    /** A review of a book by an optional reviewer. */
    @Table("review")
    public record Review(@Id Long id, String title,
                         @BelongsTo(foreignKey = "reviewer_id") Person reviewer,
                         @BelongsTo(foreignKey = "book_id") Book book) {
    }
}
