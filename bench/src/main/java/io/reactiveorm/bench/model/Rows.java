package io.reactiveorm.bench.model;

import io.reactiveorm.Column;
import io.reactiveorm.Id;
import io.reactiveorm.Table;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Flat rows of the write, export and bulk workloads: foreign keys as plain columns (the ORM writes column
 * attributes only; relations are read-side), one record per table.
 */
public final class Rows {
    private Rows() {
    }

    /** A post as written: its author and category by id. */
    @Table("post")
    public record PostRow(@Id Long id, String title, Long userId, Long categoryId,
                          @Column("created_at") LocalDateTime createdAt) {
    }

    /** A comment as written: its post and author by id. */
    @Table("comment")
    public record CommentRow(@Id Long id, Long postId, Long userId, String body,
                             @Column("created_at") LocalDateTime createdAt) {
    }

    /**
     * The rows of the blog insert workload, written in one transaction.
     *
     * @param categories new categories
     * @param posts new posts, in the new categories
     * @param comments new comments, on the new posts
     */
    public record BlogRows(List<Blog.Category> categories, List<PostRow> posts, List<CommentRow> comments) {
    }

    /** A row of the export table {@code event}, read in id order. */
    @Table("event")
    public record Event(@Id Long id, String name, BigDecimal amount, @Column("created_at") LocalDateTime createdAt,
                        @Nullable String note) {
    }

    /** A row of the bulk load table {@code event_load} (the shape of {@link Event}). */
    @Table("event_load")
    public record LoadRow(@Id Long id, String name, BigDecimal amount, @Column("created_at") LocalDateTime createdAt,
                          @Nullable String note) {
    }
}
