package io.reactiveorm.examples.web;

import io.reactiveorm.Filter;
import io.reactiveorm.IncludeTree;
import io.reactiveorm.Orm;
import io.reactiveorm.Sort;
import io.reactiveorm.examples.web.Blog.Post;
import io.reactiveorm.examples.web.Blog.User;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Streaming in and out as NDJSON (one JSON object per line).
 *
 * <pre>
 * GET  /export/posts    every post with its author and comments, streamed with backpressure
 * POST /import/users    NDJSON users in, {"imported": n} out; all or nothing
 * GET  /users/{id}      one user, with its JSON profile
 * </pre>
 */
@RestController
class BlogController {
    static final String NDJSON = MediaType.APPLICATION_NDJSON_VALUE;
    /** What the export writes per post. */
    static final IncludeTree EXPORT_TREE = IncludeTree.parse("title,author(name),comments(body,author(name))");
    /** Rows per INSERT statement in an import. */
    static final int IMPORT_CHUNK = 500;

    private final Orm orm;

    BlogController(Orm orm) {
        this.orm = orm;
    }

    /**
     * The ORM's Flux goes straight to the response: rows are read only as fast as the client takes lines, and a
     * client that disconnects cancels the query, which releases its connection.
     */
    @GetMapping(path = "/export/posts", produces = NDJSON)
    Flux<Post> exportPosts() {
        return orm.from(Post.class).includeTree(EXPORT_TREE).orderBy(Sort.asc("id")).fetchAll();
    }

    /** One user with every attribute, its JSON profile included. */
    @GetMapping("/users/{id}")
    Mono<User> user(@PathVariable long id) {
        return orm.from(User.class).where(Filter.eq("id", id)).fetchOne()
                .switchIfEmpty(Mono.error(() -> new NotFoundException("no user " + id)));
    }

    /** What {@code POST /import/users} returns. */
    record Imported(long imported) {
    }

    /**
     * Loads users from an NDJSON body through the ORM's bulk loader (COPY on PostgreSQL, multi-row inserts
     * elsewhere) in one transaction, in chunks of {@link #IMPORT_CHUNK} users, while the body is still arriving. A
     * bad line (missing name or email, an id given, malformed JSON) or a constraint violation (duplicate email)
     * writes nothing.
     */
    @PostMapping(path = "/import/users", consumes = NDJSON)
    Mono<Imported> importUsers(@RequestBody Flux<User> users) {
        Flux<User> checked = users.index((i, user) -> check(i + 1, user));
        return orm.bulk(User.class).batchSize(IMPORT_CHUNK).load(checked).map(Imported::new);
    }

    private static User check(long line, User user) {
        if (user.id() != null) {
            throw new BadRequestException("id", "line " + line + ": leave id out, the database assigns it");
        }
        if (user.name() == null || user.name().isBlank()) {
            throw new BadRequestException("name", "line " + line + ": name is missing");
        }
        if (user.email() == null || user.email().isBlank()) {
            throw new BadRequestException("email", "line " + line + ": email is missing");
        }
        return user;
    }
}
