package io.reactiveorm.conformance;

import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import io.reactiveorm.conformance.Blog.Category;
import io.reactiveorm.conformance.Blog.Comment;
import io.reactiveorm.conformance.Blog.Post;
import io.reactiveorm.conformance.Blog.Tag;
import io.reactiveorm.conformance.Blog.User;
import io.reactiveorm.conformance.Library.Book;
import io.reactiveorm.conformance.Library.Person;
import io.reactiveorm.conformance.Library.Review;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The independent oracle: reads the reference tables with plain SELECTs (no ORM code involved) and assembles the
 * expected object trees in Java.
 */
public final class Oracle {
    final Map<Long, Object[]> persons;
    final Map<Long, Object[]> books;
    final Map<Long, Object[]> reviews;
    final Map<Long, Object[]> users;
    final Map<Long, Object[]> categories;
    final Map<Long, Object[]> tags;
    final Map<Long, Object[]> posts;
    final List<Object[]> postTags;
    final Map<Long, Object[]> comments;

    private Oracle(List<List<Object[]>> tables) {
        persons = byId(tables.get(0));
        books = byId(tables.get(1));
        reviews = byId(tables.get(2));
        users = byId(tables.get(3));
        categories = byId(tables.get(4));
        tags = byId(tables.get(5));
        posts = byId(tables.get(6));
        postTags = tables.get(7);
        comments = byId(tables.get(8));
    }

    /**
     * @param connections the database holding the reference data
     * @return the oracle
     */
    public static Mono<Oracle> load(ConnectionFactory connections) {
        return Mono.usingWhen(connections.create(), c -> Flux.concat(
                read(c, "SELECT id, firstname, lastname FROM person ORDER BY id", Long.class, String.class, String.class),
                read(c, "SELECT id, title, published_at, author_id FROM book ORDER BY id", Long.class, String.class, LocalDate.class, Long.class),
                read(c, "SELECT id, title, book_id, reviewer_id FROM review ORDER BY id", Long.class, String.class, Long.class, Long.class),
                read(c, "SELECT id, name, email FROM users ORDER BY id", Long.class, String.class, String.class),
                read(c, "SELECT id, name, parent_id FROM category ORDER BY id", Long.class, String.class, Long.class),
                read(c, "SELECT id, name FROM tag ORDER BY id", Long.class, String.class),
                read(c, "SELECT id, title, user_id, category_id, created_at FROM post ORDER BY id", Long.class, String.class, Long.class, Long.class, LocalDateTime.class),
                read(c, "SELECT post_id, tag_id FROM post_tag", Long.class, Long.class),
                read(c, "SELECT id, body, post_id, user_id, created_at FROM comment ORDER BY id", Long.class, String.class, Long.class, Long.class, LocalDateTime.class))
                .collectList().map(Oracle::new), Connection::close);
    }

    static Mono<List<Object[]>> read(Connection c, String sql, Class<?>... types) {
        return Flux.from(c.createStatement(sql).execute())
                .concatMap(result -> result.map((row, metadata) -> {
                    Object[] values = new Object[types.length];
                    for (int i = 0; i < types.length; i++) {
                        values[i] = row.get(i, types[i]);
                    }
                    return values;
                })).collectList();
    }

    private static Map<Long, Object[]> byId(List<Object[]> rows) {
        Map<Long, Object[]> out = new LinkedHashMap<>();
        rows.forEach(r -> out.put((Long) r[0], r));
        return out;
    }

    /** @return books with title, author(firstname, lastname), reviews(title, reviewer(firstname, lastname, books(title))) */
    public List<Book> referenceTree() {
        return books.values().stream().map(b -> new Book((Long) b[0], (String) b[1], null,
                author((Long) b[3]),
                reviewsOf((Long) b[0], r -> true, Comparator.comparing(r -> (Long) r[0]), Integer.MAX_VALUE).stream()
                        .map(r -> new Review((Long) r[0], (String) r[1], reviewer((Long) r[3]), null)).toList(),
                null)).toList();
    }

    /**
     * @param book a book id
     * @param filter which reviews
     * @param order their order
     * @param limit the most reviews
     * @return the review rows of the book
     */
    public List<Object[]> reviewsOf(long book, Predicate<Object[]> filter, Comparator<Object[]> order, int limit) {
        return reviews.values().stream().filter(r -> r[2].equals(book)).filter(filter).sorted(order).limit(limit).toList();
    }

    /** @param book a book id @return how many reviews it has */
    public long reviewCount(long book) {
        return reviews.values().stream().filter(r -> r[2].equals(book)).count();
    }

    private Person author(Long id) {
        if (id == null) {
            return null;
        }
        Object[] p = persons.get(id);
        return new Person(id, (String) p[1], (String) p[2], null);
    }

    private Person reviewer(Long id) {
        if (id == null) {
            return null;
        }
        Object[] p = persons.get(id);
        List<Book> written = books.values().stream().filter(b -> id.equals(b[3]))
                .map(b -> new Book((Long) b[0], (String) b[1], null, null, null, null)).toList();
        return new Person(id, (String) p[1], (String) p[2], written);
    }

    /** @param id a person id @return the person with all columns and no relation */
    public Person person(long id) {
        Object[] p = persons.get(id);
        return new Person(id, (String) p[1], (String) p[2], null);
    }

    /** @param id a book id @return the book with all columns and no relation */
    public Book book(long id) {
        Object[] b = books.get(id);
        return new Book(id, (String) b[1], (LocalDate) b[2], null, null, null);
    }

    /** @return every book id whose author's lastname equals {@code lastname} */
    List<Long> booksByAuthorLastname(String lastname) {
        return books.values().stream().filter(b -> b[3] != null && lastname.equals(persons.get((Long) b[3])[2]))
                .map(b -> (Long) b[0]).toList();
    }

    /**
     * @param commentLimit the most comments per post, latest first
     * @return posts with author, category(parent), tags, latest comments with author, and counts
     */
    public List<Post> posts(int commentLimit) {
        List<Post> out = new ArrayList<>();
        for (Object[] p : posts.values()) {
            long id = (Long) p[0];
            List<Tag> postTagList = postTags.stream().filter(pt -> pt[0].equals(id)).map(pt -> (Long) pt[1]).sorted()
                    .map(t -> new Tag(t, (String) tags.get(t)[1])).toList();
            List<Object[]> postComments = comments.values().stream().filter(c -> c[2].equals(id)).toList();
            List<Comment> latest = postComments.stream()
                    .sorted(Comparator.comparing((Object[] c) -> (LocalDateTime) c[4]).reversed().thenComparing(c -> (Long) c[0]))
                    .limit(commentLimit)
                    .map(c -> new Comment((Long) c[0], (String) c[1], (LocalDateTime) c[4], user((Long) c[3]))).toList();
            out.add(new Post(id, (String) p[1], (LocalDateTime) p[4], user((Long) p[2]), category((Long) p[3]),
                    postTagList, latest, (long) postComments.size(), (long) postTagList.size()));
        }
        return out;
    }

    private User user(Long id) {
        Object[] u = users.get(id);
        return new User(id, (String) u[1], (String) u[2]);
    }

    private Category category(Long id) {
        if (id == null) {
            return null;
        }
        Object[] c = categories.get(id);
        Long parent = (Long) c[2];
        return new Category(id, (String) c[1], parent == null ? null
                : new Category(parent, (String) categories.get(parent)[1], null));
    }

    static boolean eq(Object a, Object b) {
        return Objects.equals(a, b);
    }
}
