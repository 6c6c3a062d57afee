package io.reactiveorm.bench;

import io.reactiveorm.bench.model.Blog.Post;
import io.reactiveorm.bench.model.Blog.User;
import io.reactiveorm.bench.model.Library.Book;
import io.reactiveorm.bench.model.Library.Person;
import io.reactiveorm.bench.model.Rows.BlogRows;
import io.reactiveorm.bench.model.Rows.Event;
import io.reactiveorm.bench.model.Rows.LoadRow;
import java.util.List;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * One implementation under test: each method is one query (or one batch of writes), as its users would write it.
 * A method returning null means the implementation has no way to do it (the harness reports "n/a").
 */
interface Impl extends AutoCloseable {

    /** @return the column name */
    String name();

    /**
     * @param lo the first book id
     * @return books {@code lo..lo+99} by id, with author and reviews (by id), each with its reviewer and the reviewer's books (by id)
     */
    Mono<List<Book>> books(long lo);

    /**
     * @param id a user id
     * @return the user
     */
    Mono<User> user(long id);

    /**
     * @param category a category id
     * @return the 20 latest posts of the category (created_at desc, id) with author, category and their 20 latest
     *     comments (created_at desc, id), each with its author
     */
    Mono<List<Post>> posts(long category);

    /**
     * @param users users to insert
     * @return completes when they are committed; null if this implementation cannot write
     */
    @Nullable Mono<Void> insertUsers(List<User> users);

    /**
     * @param rows categories, posts and comments to insert
     * @return completes when all of them are committed, in one transaction; null if this implementation cannot write
     */
    default @Nullable Mono<Void> insertBlog(BlogRows rows) {
        return null;
    }

    /**
     * @param user the new name and email of the user with this id
     * @return completes when the update is committed; null if this implementation cannot write
     */
    default @Nullable Mono<Void> updateUser(User user) {
        return null;
    }

    /**
     * @return every row of {@code event} by id, streamed ({@link Harness#FETCH_SIZE} rows a round trip) if the
     *     implementation can; null if it cannot read them
     */
    default @Nullable Flux<Event> export() {
        return null;
    }

    /**
     * @param rows rows for {@code event_load}
     * @return the number of rows written (all or nothing) through the implementation's fastest bulk path; null if it
     *     has none
     */
    default @Nullable Mono<Long> bulkLoad(Flux<LoadRow> rows) {
        return null;
    }

    /** @return whether {@link #export()} streams (false: it reads the whole result into a list first) */
    default boolean streams() {
        return true;
    }

    /**
     * @param size the page size
     * @return the first persons by id with their books (by id)
     */
    Mono<List<Person>> firstPage(int size);

    @Override
    default void close() throws Exception {
    }
}
