package io.reactiveorm.bench.model;

import io.reactiveorm.BelongsTo;
import io.reactiveorm.Column;
import io.reactiveorm.HasMany;
import io.reactiveorm.Id;
import io.reactiveorm.Table;
import java.time.LocalDateTime;
import java.util.List;

/** The users / categories / posts / comments model of the blog workloads. */
public final class Blog {
    private Blog() {
    }

    /** An author of posts and comments. */
    @Table("users")
    public record User(@Id Long id, String name, String email) {
    }

    /** A post category. */
    @Table("category")
    public record Category(@Id Long id, String name) {
    }

    /** A post with its author, category and comments. */
    @Table("post")
    public record Post(@Id Long id, String title, @Column("created_at") LocalDateTime createdAt,
                       @BelongsTo(foreignKey = "user_id") User author,
                       @BelongsTo(foreignKey = "category_id") Category category,
                       @HasMany(foreignKey = "post_id") List<Comment> comments) {
    }

    /** A comment on a post. */
    @Table("comment")
    public record Comment(@Id Long id, String body, @Column("created_at") LocalDateTime createdAt,
                          @BelongsTo(foreignKey = "user_id") User author) {
    }
}
