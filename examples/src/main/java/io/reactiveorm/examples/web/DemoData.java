package io.reactiveorm.examples.web;

import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.Result;
import io.reactiveorm.Orm;
import io.reactiveorm.examples.web.Blog.Comment;
import io.reactiveorm.examples.web.Blog.Post;
import io.reactiveorm.examples.web.Blog.User;
import io.reactiveorm.examples.web.Catalog.Book;
import io.reactiveorm.examples.web.Catalog.Person;
import io.reactiveorm.examples.web.Catalog.Review;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Creates the schema for the database in use ({@code schema/<dialect>.sql}) and, when it is empty, the seed data:
 * people, books and reviews; users, posts and comments. Runs once while the context starts, before the web server
 * accepts requests; the only wait is on the starting thread, never on an event loop.
 */
@Component
class DemoData implements InitializingBean {
    static final int BOOKS = 45;
    static final int USERS = 10;
    private static final int CHUNK = 500;

    private final Orm orm;
    private final int posts;
    private final int commentsPerPost;

    DemoData(Orm orm, @Value("${example.seed.posts:1000}") int posts,
             @Value("${example.seed.comments-per-post:3}") int commentsPerPost) {
        this.orm = orm;
        this.posts = posts;
        this.commentsPerPost = commentsPerPost;
    }

    @Override
    public void afterPropertiesSet() {
        createSchema().then(orm.from(Person.class).count())
                .flatMap(people -> people > 0 ? Mono.empty() : orm.inTransaction(tx -> seed(tx)))
                .block(Duration.ofMinutes(5));
    }

    /** @return the schema script for the dialect in use */
    String schemaResource() {
        String name = orm.dialect().name().toLowerCase(Locale.ROOT);
        String file = name.startsWith("mysql") || name.startsWith("mariadb") ? "mysql" : name;
        return "schema/" + file + ".sql";
    }

    private Mono<Void> createSchema() {
        List<String> statements = statements(schemaResource());
        ConnectionFactory connections = orm.connectionFactory();
        return Mono.usingWhen(connections.create(),
                c -> Flux.fromIterable(statements).concatMap(sql -> execute(c, sql)).then(),
                Connection::close);
    }

    private static Flux<Long> execute(Connection c, String sql) {
        return Flux.from(c.createStatement(sql).execute()).concatMap(Result::getRowsUpdated);
    }

    private Mono<Void> seed(Orm tx) {
        List<Person> people = List.of(
                new Person(null, "Ursula", "Le Guin", null), new Person(null, "Octavia", "Butler", null),
                new Person(null, "Ted", "Chiang", null), new Person(null, "Susanna", "Clarke", null));
        return tx.insertAll(people).flatMap(p -> {
            long leGuin = id(p.get(0).id()), butler = id(p.get(1).id()), chiang = id(p.get(2).id()), clarke = id(p.get(3).id());
            // The review counts match the reviews inserted below.
            List<Book> books = new ArrayList<>(List.of(
                    book("The Left Hand of Darkness", LocalDate.of(1969, 3, 1), 0, leGuin),
                    book("The Dispossessed", LocalDate.of(1974, 5, 1), 2, leGuin),
                    book("Kindred", LocalDate.of(1979, 6, 1), 1, butler),
                    book("Parable of the Sower", LocalDate.of(1993, 10, 1), 0, butler),
                    book("Exhalation", LocalDate.of(2019, 5, 7), 1, chiang),
                    book("Piranesi", LocalDate.of(2020, 9, 15), 1, clarke)));
            for (int i = books.size() + 1; i <= BOOKS; i++) {
                books.add(book("Anthology, volume " + i, LocalDate.of(2000, 1, 1).plusDays(i), 0, id(p.get(i % 4).id())));
            }
            return tx.insertAll(books).flatMap(b -> tx.insertAll(List.of(
                    new Review(null, "An ambiguous utopia, still sharp", b.get(1).id(), chiang, null),
                    new Review(null, "Anarres made real", b.get(1).id(), butler, null),
                    new Review(null, "Unflinching", b.get(2).id(), leGuin, null),
                    new Review(null, "Every story a thought experiment", b.get(4).id(), clarke, null),
                    new Review(null, "A house of endless halls", b.get(5).id(), chiang, null))));
        }).then(seedBlog(tx));
    }

    private Mono<Void> seedBlog(Orm tx) {
        List<User> users = IntStream.rangeClosed(1, USERS)
                .mapToObj(i -> new User(null, "User " + i, "user" + i + "@example.com", null)).collect(Collectors.toList());
        return tx.insertAll(users).flatMapMany(u -> Flux.range(1, posts)
                        .map(i -> new Post(null, "Post " + i, u.get(i % USERS).id(), null, null))
                        .buffer(CHUNK)
                        .concatMap(tx::insertAll)
                        .concatMapIterable(Function.identity())
                        .flatMapIterable(post -> IntStream.rangeClosed(1, commentsPerPost)
                                .mapToObj(c -> new Comment(null, "Comment " + c + " on " + post.title(), post.id(),
                                        u.get((int) (id(post.id()) + c) % USERS).id(), null))
                                .collect(Collectors.toList()))
                        .buffer(CHUNK)
                        .concatMap(tx::insertAll))
                .then();
    }

    private static Book book(String title, LocalDate publishedAt, int reviewCount, long authorId) {
        return new Book(null, title, publishedAt, reviewCount, authorId, null, null);
    }

    private static long id(@Nullable Long id) {
        return Objects.requireNonNull(id, "stored rows have ids");
    }

    private static List<String> statements(String resource) {
        try (InputStream in = DemoData.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no schema script " + resource + " for this database");
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            String withoutComments = Arrays.stream(text.split("\n")).filter(l -> !l.trim().startsWith("--"))
                    .collect(Collectors.joining("\n"));
            return Arrays.stream(withoutComments.split(";")).map(String::trim).filter(s -> !s.isEmpty())
                    .collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
