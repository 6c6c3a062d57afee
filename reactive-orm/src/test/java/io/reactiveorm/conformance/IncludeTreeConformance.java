package io.reactiveorm.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.r2dbc.pool.ConnectionPool;
import io.r2dbc.proxy.ProxyConnectionFactory;
import io.r2dbc.proxy.core.QueryExecutionInfo;
import io.r2dbc.proxy.listener.ProxyExecutionListener;
import io.r2dbc.spi.ConnectionFactory;
import io.reactiveorm.Filter;
import io.reactiveorm.IncludeLimits;
import io.reactiveorm.IncludeTree;
import io.reactiveorm.InvalidQueryException;
import io.reactiveorm.JsonEncoding;
import io.reactiveorm.NonUniqueResultException;
import io.reactiveorm.Orm;
import io.reactiveorm.Sort;
import io.reactiveorm.conformance.Blog.Post;
import io.reactiveorm.conformance.Library.Book;
import io.reactiveorm.conformance.Library.Person;
import io.reactiveorm.conformance.Library.Review;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

/**
 * The include-tree conformance suite: every dialect module subclasses it once, pointing it at a fresh schema.
 * Results are compared with {@link Oracle}, which reads the tables with plain SQL.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class IncludeTreeConformance {
    /** The reference tree of the product's documentation. */
    public static final String REFERENCE_TREE = "title,author(firstname,lastname),reviews(title,reviewer(firstname,lastname,books(title)))";

    private final AtomicInteger statements = new AtomicInteger();
    private Orm orm;
    private Orm keysOrm;
    private Oracle oracle;

    /** @return a connection factory on a fresh, empty schema of this dialect's database */
    protected abstract ConnectionFactory connectionFactory();

    /** @return the DDL of the reference schema for this database (statements separated by ';' at line ends) */
    protected abstract String schemaResource();

    @BeforeAll
    void createSchema() throws Exception {
        ConnectionFactory plain = connectionFactory();
        SchemaScripts.run(plain, schemaResource()).block(Duration.ofSeconds(60));
        ConnectionFactory counted = ProxyConnectionFactory.builder(plain).listener(new ProxyExecutionListener() {
            @Override
            public void beforeQuery(QueryExecutionInfo execInfo) {
                statements.incrementAndGet();
            }
        }).build();
        orm = ormBuilder(counted).pool(true, 4).build();
        keysOrm = ormBuilder(counted).pool(true, 2).jsonEncoding(JsonEncoding.KEYS).build();
        new ReferenceData(orm.dialect().sql()).insert(plain).block(Duration.ofSeconds(120));
        oracle = Oracle.load(plain).block(Duration.ofSeconds(60));
    }

    @AfterAll
    void close() {
        if (orm != null) {
            orm.close().block(Duration.ofSeconds(10));
            keysOrm.close().block(Duration.ofSeconds(10));
        }
    }

    /**
     * @param factory where the ORM's connections come from
     * @return a builder for every ORM of the suite; override to set a dialect the driver does not find by itself
     */
    protected Orm.Builder ormBuilder(ConnectionFactory factory) {
        return Orm.builder(factory);
    }

    /** @return the ORM under test (arrays encoding) */
    protected Orm orm() {
        return orm;
    }

    private <T> List<T> list(Flux<T> flux) {
        return flux.collectList().block(Duration.ofSeconds(60));
    }

    @Test
    void referenceTreeIsOneStatementAndMatchesTheOracle() {
        int before = statements.get();
        List<Book> books = list(orm.from(Book.class).includeTree(IncludeTree.parse(REFERENCE_TREE)).orderBy(Sort.asc("id")).fetchAll());
        assertThat(statements.get() - before).as("statements sent").isEqualTo(1);
        assertThat(books).containsExactlyElementsOf(oracle.referenceTree());
        assertThat(books.get(0).author()).as("NULL to-one").isNull();
        assertThat(books.get(1).reviews()).as("book without reviews").isEmpty();
    }

    @Test
    void keysAndArraysEncodingsDecodeToTheSameObjects() {
        IncludeTree tree = IncludeTree.parse(REFERENCE_TREE);
        assertThat(list(keysOrm.from(Book.class).includeTree(tree).fetchAll()))
                .containsExactlyElementsOf(list(orm.from(Book.class).includeTree(tree).fetchAll()));
    }

    @Test
    void builderTextAndMapFormsLoadTheSame() {
        IncludeTree built = IncludeTree.builder().fields("title")
                .include("author", a -> a.fields("firstname", "lastname"))
                .include("reviews", r -> r.fields("title").include("reviewer", p -> p.fields("firstname", "lastname")
                        .include("books", b -> b.fields("title"))))
                .build();
        assertThat(list(orm.from(Book.class).includeTree(built).fetchAll())).containsExactlyElementsOf(oracle.referenceTree());
    }

    @Test
    void perIncludeFilterOrderAndLimit() {
        List<Book> books = list(orm.from(Book.class)
                .includeTree(t -> t.fields("title").include("reviews", r -> r.fields("title")
                        .where(Filter.isNotNull("title")).orderBy(Sort.desc("id")).limit(2)))
                .fetchAll());
        assertThat(books).hasSize(oracle.books.size());
        for (Book book : books) {
            List<Review> expected = oracle.reviewsOf(book.id(), r -> r[1] != null,
                    Comparator.comparing((Object[] r) -> (Long) r[0]).reversed(), 2).stream()
                    .map(r -> new Review((Long) r[0], (String) r[1], null, null)).toList();
            assertThat(book.reviews()).as("reviews of book %d", book.id()).containsExactlyElementsOf(expected);
        }
    }

    @Test
    void relationCountsAndDepthFour() {
        List<Person> people = list(orm.from(Person.class)
                .includeTree(IncludeTree.parse("firstname,books(title,_count(reviews),reviews[limit=3](title,reviewer(books(title))))"))
                .where(Filter.lte("id", 6L)).fetchAll());
        assertThat(people).extracting(Person::id).containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
        Person nobody = people.get(3);
        assertThat(nobody.books()).as("a person without books").isEmpty();
        assertThat(nobody.lastname()).as("unselected field").isNull();
        for (Person person : people) {
            List<Long> expectedBooks = oracle.books.values().stream().filter(b -> Objects.equals(b[3], person.id()))
                    .map(b -> (Long) b[0]).toList();
            assertThat(person.books()).extracting(Book::id).containsExactlyElementsOf(expectedBooks);
            for (Book book : person.books()) {
                assertThat(book.reviewCount()).isEqualTo(oracle.reviewCount(book.id()));
                List<Long> reviews = oracle.reviewsOf(book.id(), r -> true, Comparator.comparing(r -> (Long) r[0]), 3).stream()
                        .map(r -> (Long) r[0]).toList();
                assertThat(book.reviews()).extracting(Review::id).containsExactlyElementsOf(reviews);
                for (Review review : book.reviews()) {
                    Long reviewer = (Long) oracle.reviews.get(review.id())[3];
                    if (reviewer == null) {
                        assertThat(review.reviewer()).isNull();
                    } else {
                        assertThat(review.reviewer().books()).extracting(Book::id).containsExactlyElementsOf(oracle.books.values()
                                .stream().filter(b -> reviewer.equals(b[3])).map(b -> (Long) b[0]).toList());
                    }
                }
            }
        }
    }

    @Test
    void blogPostsWithAuthorCategoryTagsAndLatestComments() {
        int before = statements.get();
        List<Post> posts = list(orm.from(Post.class)
                .includeTree(t -> t.fields("title", "createdAt")
                        .include("author").include("category", c -> c.fields("name").include("parent", p -> p.fields("name")))
                        .include("tags")
                        .include("comments", c -> c.orderBy(Sort.desc("createdAt")).limit(20).include("author"))
                        .count("comments", "tags"))
                .orderBy(Sort.asc("id")).fetchAll());
        assertThat(statements.get() - before).isEqualTo(1);
        assertThat(posts).containsExactlyElementsOf(oracle.posts(20));
        assertThat(posts).anySatisfy(p -> assertThat(p.comments()).hasSize(20));
        assertThat(posts).anySatisfy(p -> assertThat(p.tags()).isEmpty());
    }

    @Test
    void rootFiltersOnFieldsAndToOnePaths() {
        assertIds(Filter.eq("id", 3L), List.of(3L));
        assertIds(Filter.and(Filter.gt("id", 50L), Filter.ne("id", 55L)), List.of(51L, 52L, 53L, 54L, 56L, 57L, 58L, 59L, 60L));
        assertIds(Filter.in("id", 5L, 1L, 9L), List.of(1L, 5L, 9L));
        assertIds(Filter.in("id", List.of()), List.of());
        assertIds(Filter.isNull("publishedAt"), List.of(1L));
        assertIds(Filter.or(Filter.lt("id", 3L), Filter.gte("id", 59L)), List.of(1L, 2L, 59L, 60L));
        assertIds(Filter.and(Filter.not(Filter.gt("id", 2L)), Filter.isNotNull("author")), List.of(2L),
                "author is a relation, not an attribute");
        assertIds(Filter.eq("author.lastname", "Last3"), oracle.booksByAuthorLastname("Last3"));
        assertIds(Filter.contains("title", "50% off_"), oracle.books.values().stream()
                .filter(b -> ((String) b[1]).contains("50% off_")).map(b -> (Long) b[0]).toList());
        assertIds(Filter.like("title", "Book 1_ %"), oracle.books.values().stream()
                .filter(b -> ((String) b[1]).matches("(?s)Book 1. .*")).map(b -> (Long) b[0]).toList());
        assertIds(Filter.gte("publishedAt", LocalDate.of(2020, 1, 1)), oracle.books.values().stream()
                .filter(b -> b[2] != null && !((LocalDate) b[2]).isBefore(LocalDate.of(2020, 1, 1))).map(b -> (Long) b[0]).toList());
    }

    private void assertIds(Filter filter, List<Long> expected) {
        assertIds(filter, expected, null);
    }

    private void assertIds(Filter filter, List<Long> expected, String invalidBecause) {
        Flux<Book> books = orm.from(Book.class).includeTree(t -> t.fields("title")).where(filter).fetchAll();
        if (invalidBecause != null) {
            StepVerifier.create(books).expectError(InvalidQueryException.class).verify(Duration.ofSeconds(30));
            return;
        }
        assertThat(list(books)).as(filter.toString()).extracting(Book::id).containsExactlyElementsOf(expected);
        assertThat(orm.from(Book.class).where(filter).count().block(Duration.ofSeconds(30))).isEqualTo(expected.size());
    }

    @Test
    void orderLimitOffsetAndToOnePathOrder() {
        List<Book> page = list(orm.from(Book.class).orderBy(Sort.desc("id")).limit(5).offset(10).fetchAll());
        assertThat(page).extracting(Book::id).containsExactly(50L, 49L, 48L, 47L, 46L);
        assertThat(page.get(0)).isEqualTo(oracle.book(50));
        List<Book> byAuthor = list(orm.from(Book.class).where(Filter.not(Filter.isNull("author.id")))
                .orderBy(Sort.desc("author.id")).fetchAll());
        List<Long> authors = byAuthor.stream().map(b -> (Long) oracle.books.get(b.id())[3]).toList();
        assertThat(authors).hasSize(oracle.books.size() - 1).isSortedAccordingTo(Comparator.reverseOrder());
        for (int i = 1; i < byAuthor.size(); i++) {
            if (authors.get(i).equals(authors.get(i - 1))) {
                assertThat(byAuthor.get(i).id()).as("ties broken by id").isGreaterThan(byAuthor.get(i - 1).id());
            }
        }
    }

    @Test
    void fetchOneReturnsOneNoneOrFails() {
        StepVerifier.create(orm.from(Person.class).where(Filter.eq("id", 2L)).fetchOne())
                .expectNext(oracle.person(2)).verifyComplete();
        StepVerifier.create(orm.from(Person.class).where(Filter.eq("id", -1L)).fetchOne()).verifyComplete();
        StepVerifier.create(orm.from(Person.class).fetchOne()).expectError(NonUniqueResultException.class).verify();
    }

    @Test
    void typeFidelityRootAndNested() {
        List<Typed> expected = ReferenceData.typedRows();
        List<Typed> roots = list(orm.from(Typed.class).orderBy(Sort.asc("id")).fetchAll());
        assertThat(roots).containsExactlyElementsOf(expected);
        List<Typed.Holder> holders = list(orm.from(Typed.Holder.class).includeTree(t -> t.include("one").include("items"))
                .orderBy(Sort.asc("id")).fetchAll());
        assertThat(holders.get(0).one()).isEqualTo(expected.get(0));
        assertThat(holders.get(0).items()).containsExactlyElementsOf(expected.subList(0, 2));
        assertThat(holders.get(1).one()).isNull();
        assertThat(holders.get(1).items()).isEmpty();
        assertThat(list(keysOrm.from(Typed.class).orderBy(Sort.asc("id")).fetchAll())).containsExactlyElementsOf(expected);
        assertThat(roots.get(0).amount().scale()).isEqualTo(2);
    }

    @Test
    void badInputFailsBeforeAnySqlIsSent() {
        int before = statements.get();
        assertInvalid(orm.from(Book.class).includeTree(IncludeTree.parse("title,nope")).fetchAll(),
                "Book: unknown field 'nope' on Book (attributes: id, title, publishedAt; relations: author, reviews)");
        assertInvalid(orm.from(Book.class).includeTree(IncludeTree.parse("author(nickname)")).fetchAll(), "Book.author: unknown field 'nickname'");
        assertInvalid(orm.from(Book.class).where(Filter.eq("publishedAt", "2020-01-01")).fetchAll(),
                "Book.publishedAt expects LocalDate but got String");
        assertInvalid(orm.from(Book.class).where(Filter.eq("reviews.title", "x")).fetchAll(), "'reviews' is a to-many relation");
        assertInvalid(orm.from(Book.class).includeTree(IncludeTree.parse("reviews[limit=5000](title)")).fetchAll(), "above the maximum of 1000");
        Orm shallow = ormBuilder(connectionFactory()).dialect(orm.dialect()).limits(new IncludeLimits(2, 10, 100)).build();
        assertInvalid(shallow.from(Book.class).includeTree(IncludeTree.parse("reviews(reviewer(books(title)))")).fetchAll(),
                "deeper than the limit of 2");
        assertThat(statements.get()).as("no statement sent").isEqualTo(before);
    }

    private static void assertInvalid(Flux<?> flux, String message) {
        StepVerifier.create(flux).expectErrorSatisfies(e -> assertThat(e).isInstanceOf(InvalidQueryException.class)
                .hasMessageContaining(message)).verify(Duration.ofSeconds(10));
    }

    @Test
    void cancellingReleasesTheConnection() {
        StepVerifier.create(orm.from(Library.Review.class).includeTree(t -> t.include("book").include("reviewer")).fetchAll(), 3)
                .expectNextCount(3).thenCancel().verify(Duration.ofSeconds(10));
        ConnectionPool pool = (ConnectionPool) orm.connectionFactory();
        StepVerifier.create(Flux.interval(Duration.ofMillis(20)).map(i -> pool.getMetrics().orElseThrow().acquiredSize())
                .filter(n -> n == 0).next()).expectNext(0).verifyComplete();
    }

    @Test
    void toSqlShowsOneStatement() {
        String sql = orm.from(Book.class).includeTree(IncludeTree.parse(REFERENCE_TREE)).toSql();
        assertThat(sql).startsWith("SELECT ").doesNotContain("GROUP BY");
    }
}
