package io.reactiveorm.examples.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.reactiveorm.BelongsTo;
import io.reactiveorm.HasMany;
import io.reactiveorm.Id;
import io.reactiveorm.Table;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The blog: users write posts and comment on them. */
public final class Blog {
    private Blog() {
    }

    /**
     * A user; {@code POST /import/users} loads these from NDJSON, {@code GET /users/{id}} returns one. The profile is
     * a JSON column (a Jackson 2 tree, written as JSON by Spring Boot 4's Jackson 3 through the ORM's module).
     */
    @Table("users")
    public record User(@Id @Nullable Long id, @Nullable String name, @Nullable String email, @Nullable JsonNode profile) {
    }

    /** A post with its author and comments. */
    @Table("post")
    public record Post(@Id @Nullable Long id, @Nullable String title, @Nullable Long userId,
                       @BelongsTo(foreignKey = "user_id") @Nullable User author,
                       @HasMany(foreignKey = "post_id") @Nullable List<Comment> comments) {
    }

    /** A comment on a post. */
    @Table("comment")
    public record Comment(@Id @Nullable Long id, @Nullable String body, @Nullable Long postId, @Nullable Long userId,
                          @BelongsTo(foreignKey = "user_id") @Nullable User author) {
    }
}
