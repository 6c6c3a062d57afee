package io.reactiveorm.bench;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.multiset;

import static org.jooq.impl.DSL.row;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.table;

import io.r2dbc.spi.ConnectionFactory;
import io.reactiveorm.bench.model.Blog.Category;
import io.reactiveorm.bench.model.Blog.Comment;
import io.reactiveorm.bench.model.Blog.Post;
import io.reactiveorm.bench.model.Blog.User;
import io.reactiveorm.bench.model.Library.Book;
import io.reactiveorm.bench.model.Library.Person;
import io.reactiveorm.bench.model.Library.Review;
import io.reactiveorm.bench.model.Rows.BlogRows;
import io.reactiveorm.bench.model.Rows.Event;
import io.reactiveorm.bench.model.Rows.LoadRow;
import java.time.LocalDateTime;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Records;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** jOOQ 3.19 over R2DBC without code generation: nested collections with MULTISET, nested objects with ROW. */
final class JooqImpl implements Impl {
    static final int ROWS_PER_INSERT = 1_000;

    private final DSLContext db;

    JooqImpl(ConnectionFactory pool) {
        this.db = DSL.using(pool, SQLDialect.POSTGRES);
    }

    private static Field<Long> id(String alias) {
        return field(DSL.name(alias, "id"), SQLDataType.BIGINT);
    }

    private static Field<Long> longField(String alias, String column) {
        return field(DSL.name(alias, column), SQLDataType.BIGINT);
    }

    private static Field<String> text(String alias, String column) {
        return field(DSL.name(alias, column), SQLDataType.VARCHAR);
    }

    private static Field<LocalDateTime> time(String alias, String column) {
        return field(DSL.name(alias, column), SQLDataType.LOCALDATETIME(6));
    }

    private static Table<?> t(String table, String alias) {
        return table(DSL.name(table)).as(alias);
    }

    @Override
    public String name() {
        return "jOOQ";
    }

    @Override
    public Mono<List<Book>> books(long lo) {
        var reviewerBooks = multiset(select(id("rb"), text("rb", "title")).from(t("book", "rb"))
                .where(longField("rb", "author_id").eq(id("rv"))).orderBy(id("rb")))
                .convertFrom(r -> r.map(x -> new Book(x.value1(), x.value2(), null, null)));
        var reviews = multiset(select(id("r"), text("r", "title"),
                row(id("rv"), text("rv", "firstname"), text("rv", "lastname"), reviewerBooks).mapping(Person::new))
                .from(t("review", "r")).join(t("person", "rv")).on(id("rv").eq(longField("r", "reviewer_id")))
                .where(longField("r", "book_id").eq(id("b"))).orderBy(id("r")))
                .convertFrom(r -> r.map(Records.mapping(Review::new)));
        var query = db.select(id("b"), text("b", "title"),
                        row(id("a"), text("a", "firstname"), text("a", "lastname"))
                                .mapping((i, f, l) -> new Person(i, f, l, null)),
                        reviews)
                .from(t("book", "b")).join(t("person", "a")).on(id("a").eq(longField("b", "author_id")))
                .where(id("b").between(lo, lo + 99)).orderBy(id("b"));
        return Flux.from(query).map(Records.mapping(Book::new)).collectList();
    }

    @Override
    public Mono<User> user(long id) {
        return Mono.from(db.select(id("u"), text("u", "name"), text("u", "email")).from(t("users", "u")).where(id("u").eq(id)))
                .map(Records.mapping(User::new));
    }

    @Override
    public Mono<List<Post>> posts(long category) {
        var comments = multiset(select(id("cm"), text("cm", "body"), time("cm", "created_at"),
                row(id("cu"), text("cu", "name"), text("cu", "email")).mapping(User::new))
                .from(t("comment", "cm")).join(t("users", "cu")).on(id("cu").eq(longField("cm", "user_id")))
                .where(longField("cm", "post_id").eq(id("p")))
                .orderBy(time("cm", "created_at").desc(), id("cm")).limit(20))
                .convertFrom(r -> r.map(Records.mapping(Comment::new)));
        var query = db.select(id("p"), text("p", "title"), time("p", "created_at"),
                        row(id("u"), text("u", "name"), text("u", "email")).mapping(User::new),
                        row(id("c"), text("c", "name")).mapping(Category::new),
                        comments)
                .from(t("post", "p")).join(t("users", "u")).on(id("u").eq(longField("p", "user_id")))
                .leftJoin(t("category", "c")).on(id("c").eq(longField("p", "category_id")))
                .where(longField("p", "category_id").eq(category))
                .orderBy(time("p", "created_at").desc(), id("p")).limit(20);
        return Flux.from(query).map(Records.mapping(Post::new)).collectList();
    }

    private static Field<Long> column(String name) {
        return field(DSL.name(name), SQLDataType.BIGINT);
    }

    private static Field<String> textColumn(String name) {
        return field(DSL.name(name), SQLDataType.VARCHAR);
    }

    private static Field<LocalDateTime> timeColumn(String name) {
        return field(DSL.name(name), SQLDataType.LOCALDATETIME(6));
    }

    @Override
    public Mono<Void> insertUsers(List<User> users) {
        return Flux.from(db.transactionPublisher(trx -> insertUsers(trx.dsl(), users))).then();
    }

    private static Publisher<Integer> insertUsers(DSLContext dsl, List<User> users) {
        return dsl.insertInto(table(DSL.name("users")), column("id"), textColumn("name"), textColumn("email"))
                .valuesOfRows(users.stream().map(u -> row(u.id(), u.name(), u.email())).toList());
    }

    /** Multi-row INSERTs of at most {@link #ROWS_PER_INSERT} rows (PostgreSQL takes up to 65,535 bind values a statement). */
    @Override
    public Mono<Void> insertBlog(BlogRows rows) {
        return Flux.from(db.transactionPublisher(trx -> {
            DSLContext dsl = trx.dsl();
            return Flux.from(dsl.insertInto(table(DSL.name("category")), column("id"), textColumn("name"))
                            .valuesOfRows(rows.categories().stream().map(c -> row(c.id(), c.name())).toList()))
                    .thenMany(Flux.fromIterable(rows.posts()).buffer(ROWS_PER_INSERT).concatMap(chunk -> dsl.insertInto(
                                    table(DSL.name("post")), column("id"), textColumn("title"), column("user_id"),
                                    column("category_id"), timeColumn("created_at"))
                            .valuesOfRows(chunk.stream().map(p -> row(p.id(), p.title(), p.userId(), p.categoryId(),
                                    p.createdAt())).toList())))
                    .thenMany(Flux.fromIterable(rows.comments()).buffer(ROWS_PER_INSERT).concatMap(chunk -> dsl.insertInto(
                                    table(DSL.name("comment")), column("id"), column("post_id"), column("user_id"),
                                    textColumn("body"), timeColumn("created_at"))
                            .valuesOfRows(chunk.stream().map(c -> row(c.id(), c.postId(), c.userId(), c.body(),
                                    c.createdAt())).toList())));
        })).then();
    }

    @Override
    public Mono<Void> updateUser(User user) {
        return Flux.from(db.update(table(DSL.name("users"))).set(textColumn("name"), user.name())
                .set(textColumn("email"), user.email()).where(column("id").eq(user.id()))).then();
    }

    @Override
    public Flux<Event> export() {
        return Flux.from(db.select(id("e"), text("e", "name"), field(DSL.name("e", "amount"), SQLDataType.NUMERIC),
                        time("e", "created_at"), text("e", "note")).from(t("event", "e")).orderBy(id("e")).fetchSize(Harness.FETCH_SIZE))
                .map(Records.mapping(Event::new));
    }

    /** jOOQ has no COPY over R2DBC: multi-row INSERTs of {@link #ROWS_PER_INSERT} rows in one transaction. */
    @Override
    public Mono<Long> bulkLoad(Flux<LoadRow> rows) {
        return Flux.from(db.transactionPublisher(trx -> rows.buffer(ROWS_PER_INSERT).concatMap(chunk -> trx.dsl()
                        .insertInto(table(DSL.name("event_load")), column("id"), textColumn("name"),
                                field(DSL.name("amount"), SQLDataType.NUMERIC), timeColumn("created_at"), textColumn("note"))
                        .valuesOfRows(chunk.stream().map(r -> row(r.id(), r.name(), r.amount(), r.createdAt(), r.note())).toList()))
                .reduce(0L, (sum, n) -> sum + n))).last(); // not next(): cancelling before completion rolls back
    }

    @Override
    public Mono<List<Person>> firstPage(int size) {
        var books = multiset(select(id("b"), text("b", "title")).from(t("book", "b"))
                .where(longField("b", "author_id").eq(id("p"))).orderBy(id("b")))
                .convertFrom(r -> r.map(x -> new Book(x.value1(), x.value2(), null, null)));
        return Flux.from(db.select(id("p"), text("p", "firstname"), text("p", "lastname"), books)
                        .from(t("person", "p")).orderBy(id("p")).limit(size))
                .map(Records.mapping(Person::new)).collectList();
    }
}
