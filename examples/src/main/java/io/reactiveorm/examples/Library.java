package io.reactiveorm.examples;

import io.reactiveorm.BelongsTo;
import io.reactiveorm.HasMany;
import io.reactiveorm.Id;
import io.reactiveorm.Table;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The demo's entities: people write books and review them. Attributes and relations left out of an include tree
 * are {@code null}.
 */
public final class Library {
    private Library() {
    }

    /** A person writes books and reviews them. */
    @Table("person")
    public record Person(@Id Long id, @Nullable String firstname, @Nullable String lastname,
                         @HasMany(foreignKey = "author_id") @Nullable List<Book> books) {

        /** @return first and last name */
        public String name() {
            return firstname + " " + lastname;
        }
    }

    /** A book has an author (its {@code published_at} column follows from the attribute name) and reviews. */
    @Table("book")
    public record Book(@Id Long id, @Nullable String title, @Nullable LocalDate publishedAt,
                       @BelongsTo(foreignKey = "author_id") @Nullable Person author,
                       @HasMany(foreignKey = "book_id") @Nullable List<Review> reviews) {
    }

    /** A review of a book by a reviewer; writes take {@code book_id} and {@code reviewer_id} from their ids. */
    @Table("review")
    public record Review(@Id Long id, @Nullable String title,
                         @BelongsTo(foreignKey = "book_id") @Nullable Book book,
                         @BelongsTo(foreignKey = "reviewer_id") @Nullable Person reviewer) {
    }
}
