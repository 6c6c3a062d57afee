package io.reactiveorm.conformance;

import io.reactiveorm.BelongsTo;
import io.reactiveorm.Column;
import io.reactiveorm.Count;
import io.reactiveorm.HasMany;
import io.reactiveorm.ManyToMany;
import io.reactiveorm.Table;
import java.time.LocalDateTime;
import java.util.List;

/** The users / categories / posts / comments / tags reference model, with a many-to-many and a self reference. */
public final class Blog {
    private Blog() {
    }

    /** An author of posts and comments. */
    @Table("users")
    public record User(Long id, String name, String email) {
    }

    /** A category, optionally inside a parent category. */
    @Table("category")
    public record Category(Long id, String name, @BelongsTo(foreignKey = "parent_id") Category parent) {
    }

    /** A tag. */
    @Table("tag")
    public record Tag(Long id, String name) {
    }

    /** A post with its author, category, tags and comments. */
    @Table("post")
    public record Post(Long id, String title, @Column("created_at") LocalDateTime createdAt,
                       @BelongsTo(foreignKey = "user_id") User author,
                       @BelongsTo(foreignKey = "category_id") Category category,
                       @ManyToMany(joinTable = "post_tag", joinColumn = "post_id", inverseJoinColumn = "tag_id") List<Tag> tags,
                       @HasMany(foreignKey = "post_id") List<Comment> comments,
                       @Count("comments") Long commentCount,
                       @Count("tags") Long tagCount) {
    }

    /** A comment on a post. */
    @Table("comment")
    public record Comment(Long id, String body, LocalDateTime createdAt, @BelongsTo(foreignKey = "user_id") User author) {
    }
}
