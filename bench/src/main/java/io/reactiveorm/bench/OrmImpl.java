package io.reactiveorm.bench;

import io.r2dbc.spi.ConnectionFactory;
import io.reactiveorm.Filter;
import io.reactiveorm.IncludeTree;
import io.reactiveorm.JsonEncoding;
import io.reactiveorm.Orm;
import io.reactiveorm.Sort;
import io.reactiveorm.bench.model.Blog.Post;
import io.reactiveorm.bench.model.Blog.User;
import io.reactiveorm.bench.model.Library.Book;
import io.reactiveorm.bench.model.Library.Person;
import io.reactiveorm.bench.model.Rows.BlogRows;
import io.reactiveorm.bench.model.Rows.Event;
import io.reactiveorm.bench.model.Rows.LoadRow;
import java.util.List;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** This ORM, built on the shared R2DBC pool, with one JSON encoding. */
final class OrmImpl implements Impl {
    private static final IncludeTree BOOKS = IncludeTree.parse(
            "title,author(firstname,lastname),reviews(title,reviewer(firstname,lastname,books(title)))");
    private static final IncludeTree POSTS = IncludeTree.builder().fields("title", "createdAt").include("author")
            .include("category").include("comments", c -> c.orderBy(Sort.desc("createdAt")).limit(20).include("author"))
            .build();
    private static final IncludeTree PAGE = IncludeTree.parse("firstname,lastname,books(title)");

    private static final int ROWS_PER_INSERT = 1_000;

    private final Orm orm;
    /** The same pool with the export's fetch size (the ORM's default is 256 rows a round trip). */
    private final Orm exporter;
    private final JsonEncoding encoding;

    OrmImpl(ConnectionFactory pool, JsonEncoding encoding) {
        this.orm = Orm.builder(pool).jsonEncoding(encoding).build();
        this.exporter = Orm.builder(pool).jsonEncoding(encoding).fetchSize(Harness.FETCH_SIZE).build();
        this.encoding = encoding;
    }

    @Override
    public String name() {
        return encoding == JsonEncoding.ARRAYS ? "this ORM" : "this ORM (KEYS)";
    }

    @Override
    public Mono<List<Book>> books(long lo) {
        return orm.from(Book.class).includeTree(BOOKS).where(Filter.and(Filter.gte("id", lo), Filter.lte("id", lo + 99)))
                .orderBy(Sort.asc("id")).fetchAll().collectList();
    }

    @Override
    public Mono<User> user(long id) {
        return orm.from(User.class).where(Filter.eq("id", id)).fetchOne();
    }

    @Override
    public Mono<List<Post>> posts(long category) {
        return orm.from(Post.class).includeTree(POSTS).where(Filter.eq("category.id", category))
                .orderBy(Sort.desc("createdAt")).limit(20).fetchAll().collectList();
    }

    /** One multi-row INSERT in its own transaction; insertAll then reads the stored rows back (that is its API). */
    @Override
    public Mono<Void> insertUsers(List<User> users) {
        return orm.insertAll(users).then();
    }

    /**
     * insertAll per 1,000 rows in one transaction: one insertAll of the 15,000 comments (75,000 bind values) fails
     * on PostgreSQL ("invalid message format": more than 65,535 bind values in one statement).
     */
    @Override
    public Mono<Void> insertBlog(BlogRows rows) {
        return orm.inTransaction(tx -> tx.insertAll(rows.categories())
                .thenMany(Flux.fromIterable(rows.posts()).buffer(ROWS_PER_INSERT).concatMap(tx::insertAll))
                .thenMany(Flux.fromIterable(rows.comments()).buffer(ROWS_PER_INSERT).concatMap(tx::insertAll))
                .then());
    }

    @Override
    public Mono<Void> updateUser(User user) {
        return orm.update(user).then();
    }

    @Override
    public Flux<Event> export() {
        return exporter.from(Event.class).orderBy(Sort.asc("id")).fetchAll();
    }

    @Override
    public Mono<Long> bulkLoad(Flux<LoadRow> rows) {
        return orm.bulk(LoadRow.class).load(rows);
    }

    @Override
    public Mono<List<Person>> firstPage(int size) {
        return orm.from(Person.class).includeTree(PAGE).orderBy(Sort.asc("id")).limit(size).fetchAll().collectList();
    }
}
