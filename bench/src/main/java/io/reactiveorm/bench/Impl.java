package io.reactiveorm.bench;

import io.reactiveorm.bench.model.Blog.Post;
import io.reactiveorm.bench.model.Blog.User;
import io.reactiveorm.bench.model.Library.Book;
import io.reactiveorm.bench.model.Library.Person;
import java.util.List;
import reactor.core.publisher.Mono;

/** One implementation under test: each method is one query (or one batch of writes), as its users would write it. */
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
    Mono<Void> insertUsers(List<User> users);

    /**
     * @param size the page size
     * @return the first persons by id with their books (by id)
     */
    Mono<List<Person>> firstPage(int size);

    @Override
    default void close() throws Exception {
    }
}
