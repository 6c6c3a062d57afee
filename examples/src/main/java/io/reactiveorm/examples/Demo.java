package io.reactiveorm.examples;

import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.Result;
import io.r2dbc.spi.Statement;
import io.reactiveorm.Filter;
import io.reactiveorm.IncludeTree;
import io.reactiveorm.Orm;
import io.reactiveorm.Query;
import io.reactiveorm.Sort;
import io.reactiveorm.examples.Library.Book;
import io.reactiveorm.examples.Library.Person;
import io.reactiveorm.examples.Library.Review;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Runnable demo of reactive-orm on embedded H2: creates the person/book/review schema with plain R2DBC, then loads
 * an include tree in one SQL statement, counts, filters on a to-one path and shows the generated SQL.
 *
 * <pre>mvn -q -pl examples -am -DskipTests -Dexec.mainClass=io.reactiveorm.examples.Demo install exec:java</pre>
 */
public final class Demo {
    /** The include tree of the documentation: books, their author, reviews, each reviewer and their books. */
    public static final String TREE = "title,author(firstname,lastname),reviews(title,reviewer(firstname,lastname,books(title)))";

    private static final List<String> SCHEMA = List.of(
            "CREATE TABLE person (id BIGINT PRIMARY KEY, firstname VARCHAR(100) NOT NULL, lastname VARCHAR(100) NOT NULL)",
            "CREATE TABLE book (id BIGINT PRIMARY KEY, title VARCHAR(200) NOT NULL, published_at DATE,"
                    + " author_id BIGINT REFERENCES person (id))",
            "CREATE TABLE review (id BIGINT PRIMARY KEY, book_id BIGINT NOT NULL REFERENCES book (id),"
                    + " reviewer_id BIGINT REFERENCES person (id), title VARCHAR(200))");

    private static final List<Object[]> PEOPLE = List.of(
            new Object[] {1L, "Ursula", "Le Guin"},
            new Object[] {2L, "Octavia", "Butler"},
            new Object[] {3L, "Ted", "Chiang"},
            new Object[] {4L, "Susanna", "Clarke"});

    private static final List<Object[]> BOOKS = List.of(
            new Object[] {1L, "The Left Hand of Darkness", LocalDate.of(1969, 3, 1), 1L},
            new Object[] {2L, "The Dispossessed", LocalDate.of(1974, 5, 1), 1L},
            new Object[] {3L, "Kindred", LocalDate.of(1979, 6, 1), 2L},
            new Object[] {4L, "Parable of the Sower", LocalDate.of(1993, 10, 1), 2L},
            new Object[] {5L, "Exhalation", LocalDate.of(2019, 5, 7), 3L},
            new Object[] {6L, "Piranesi", LocalDate.of(2020, 9, 15), 4L});

    private static final List<Object[]> REVIEWS = List.of(
            new Object[] {1L, 2L, 3L, "An ambiguous utopia, still sharp"},
            new Object[] {2L, 2L, 2L, "Anarres made real"},
            new Object[] {3L, 3L, 1L, "Unflinching"},
            new Object[] {4L, 5L, 4L, "Every story a thought experiment"},
            new Object[] {5L, 6L, 3L, "A house of endless halls"});

    private Demo() {
    }

    /**
     * Runs the demo on an in-memory H2 database and prints what it loads.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        // The ORM's connection pool keeps the in-memory database alive; closing the ORM drops it.
        Orm orm = Orm.connect("r2dbc:h2:mem:///demo");
        try {
            System.out.print(run(orm).block(Duration.ofSeconds(60)));
        } finally {
            orm.close().block(Duration.ofSeconds(10));
        }
    }

    /**
     * Creates and fills the schema, then runs the demo queries.
     *
     * @param orm an ORM on an empty H2 database
     * @return the demo's report, one section per query
     */
    public static Mono<String> run(Orm orm) {
        Query<Book> tree = orm.from(Book.class).includeTree(IncludeTree.parse(TREE)).orderBy(Sort.asc("id"));
        Query<Book> byButler = orm.from(Book.class).where(Filter.eq("author.lastname", "Butler"))
                .orderBy(Sort.asc("publishedAt"));
        return createSchema(orm.connectionFactory())
                .thenMany(Flux.concat(
                        tree.fetchAll().collectList().map(Demo::describeTree),
                        orm.from(Book.class).count().map(n -> "\n2. count(): " + n + " books\n"),
                        byButler.fetchAll().map(b -> "   " + b.title() + " (" + b.publishedAt() + ")\n")
                                .collect(Collectors.joining("", "\n3. Books where author.lastname = 'Butler':\n", "")),
                        Mono.fromCallable(() -> "\n4. The one SQL statement of the include tree (toSql()):\n" + tree.toSql() + "\n")))
                .collect(Collectors.joining());
    }

    private static String describeTree(List<Book> books) {
        StringBuilder out = new StringBuilder("1. Include tree " + TREE + "\n");
        for (Book book : books) {
            out.append("   ").append(book.title()).append(", by ")
                    .append(book.author() == null ? "an unknown author" : book.author().name()).append('\n');
            List<Review> reviews = Objects.requireNonNull(book.reviews());
            if (reviews.isEmpty()) {
                out.append("      no reviews yet\n");
            }
            for (Review review : reviews) {
                Person reviewer = review.reviewer();
                out.append("      \"").append(review.title()).append("\" by ")
                        .append(reviewer == null ? "anonymous" : reviewer.name() + ", author of "
                                + Objects.requireNonNull(reviewer.books()).stream().map(Book::title).collect(Collectors.joining(", ")))
                        .append('\n');
            }
        }
        return out.toString();
    }

    private static Mono<Void> createSchema(ConnectionFactory connections) {
        return Mono.usingWhen(connections.create(), c -> Flux.fromIterable(SCHEMA)
                        .concatMap(sql -> execute(c.createStatement(sql)))
                        .thenMany(insert(c, "INSERT INTO person (id, firstname, lastname) VALUES ($1, $2, $3)", PEOPLE))
                        .thenMany(insert(c, "INSERT INTO book (id, title, published_at, author_id) VALUES ($1, $2, $3, $4)", BOOKS))
                        .thenMany(insert(c, "INSERT INTO review (id, book_id, reviewer_id, title) VALUES ($1, $2, $3, $4)", REVIEWS))
                        .then(),
                Connection::close);
    }

    private static Flux<Long> insert(Connection c, String sql, List<Object[]> rows) {
        return Flux.fromIterable(rows).concatMap(row -> {
            Statement statement = c.createStatement(sql);
            for (int i = 0; i < row.length; i++) {
                statement.bind(i, row[i]);
            }
            return execute(statement);
        });
    }

    private static Flux<Long> execute(Statement statement) {
        return Flux.from(statement.execute()).concatMap(Result::getRowsUpdated);
    }
}
