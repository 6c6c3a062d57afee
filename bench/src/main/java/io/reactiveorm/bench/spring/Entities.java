package io.reactiveorm.bench.spring;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** Spring Data R2DBC entities: flat rows with foreign-key columns (Spring Data R2DBC has no relationship mapping). */
public final class Entities {
    private Entities() {
    }

    /** A person. */
    @Table("person")
    public record SPerson(@Id Long id, String firstname, String lastname) {
    }

    /** A book. */
    @Table("book")
    public record SBook(@Id Long id, String title, Long authorId) {
    }

    /** A review. */
    @Table("review")
    public record SReview(@Id Long id, String title, Long bookId, Long reviewerId) {
    }

    /** A user. */
    @Table("users")
    public record SUser(@Id Long id, String name, String email) {
    }

    /** A category. */
    @Table("category")
    public record SCategory(@Id Long id, String name) {
    }

    /** A post. */
    @Table("post")
    public record SPost(@Id Long id, String title, Long userId, Long categoryId, LocalDateTime createdAt) {
    }

    /** A comment. */
    @Table("comment")
    public record SComment(@Id Long id, Long postId, Long userId, String body, LocalDateTime createdAt) {
    }

    /** A row of the export table. */
    @Table("event")
    public record SEvent(@Id Long id, String name, BigDecimal amount, LocalDateTime createdAt, @Nullable String note) {
    }
}
