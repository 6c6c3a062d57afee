package io.reactiveorm.bench;

import static org.springframework.data.relational.core.query.Criteria.where;
import static org.springframework.data.relational.core.query.Query.query;

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
import io.reactiveorm.bench.spring.Entities.SBook;
import io.reactiveorm.bench.spring.Entities.SCategory;
import io.reactiveorm.bench.spring.Entities.SComment;
import io.reactiveorm.bench.spring.Entities.SEvent;
import io.reactiveorm.bench.spring.Entities.SPerson;
import io.reactiveorm.bench.spring.Entities.SPost;
import io.reactiveorm.bench.spring.Entities.SReview;
import io.reactiveorm.bench.spring.Entities.SUser;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.Sort;
import org.springframework.data.r2dbc.core.R2dbcEntityTemplate;
import org.springframework.r2dbc.connection.R2dbcTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Spring Data R2DBC 4.1 with {@link R2dbcEntityTemplate} and no Spring context. It maps flat rows only, so relations
 * are loaded the way its users do: one query per relation batch ({@code WHERE fk IN (..)}), stitched in memory.
 */
final class SpringDataImpl implements Impl {
    private final R2dbcEntityTemplate template;
    private final TransactionalOperator tx;

    SpringDataImpl(ConnectionFactory pool) {
        this.template = new R2dbcEntityTemplate(pool);
        this.tx = TransactionalOperator.create(new R2dbcTransactionManager(pool));
    }

    @Override
    public String name() {
        return "Spring Data R2DBC";
    }

    private <T> Mono<Map<Long, T>> byId(Class<T> type, Collection<Long> ids, Function<T, Long> id) {
        return ids.isEmpty() ? Mono.just(Map.of()) : template.select(type).matching(query(where("id").in(ids))).all()
                .collectMap(id);
    }

    private <T> Mono<Map<Long, List<T>>> byParent(Class<T> type, String fk, Collection<Long> ids, Sort sort, Function<T, Long> parent) {
        return ids.isEmpty() ? Mono.just(Map.of()) : template.select(type).matching(query(where(fk).in(ids)).sort(sort)).all()
                .collect(Collectors.groupingBy(parent, LinkedHashMap::new, Collectors.toList()));
    }

    @Override
    public Mono<List<Book>> books(long lo) {
        return template.select(SBook.class).matching(query(where("id").between(lo, lo + 99)).sort(Sort.by("id"))).all()
                .collectList().flatMap(books -> {
                    List<Long> bookIds = books.stream().map(SBook::id).toList();
                    Mono<Map<Long, SPerson>> authors = byId(SPerson.class, books.stream().map(SBook::authorId).collect(Collectors.toSet()), SPerson::id);
                    Mono<Map<Long, List<SReview>>> reviews = byParent(SReview.class, "bookId", bookIds, Sort.by("id"), SReview::bookId);
                    return Mono.zip(authors, reviews).flatMap(ar -> {
                        var reviewerIds = ar.getT2().values().stream().flatMap(List::stream).map(SReview::reviewerId).collect(Collectors.toSet());
                        return Mono.zip(byId(SPerson.class, reviewerIds, SPerson::id),
                                byParent(SBook.class, "authorId", reviewerIds, Sort.by("id"), SBook::authorId)).map(rb -> {
                            List<Book> out = new ArrayList<>(books.size());
                            for (SBook b : books) {
                                SPerson a = ar.getT1().get(b.authorId());
                                List<Review> rs = new ArrayList<>();
                                for (SReview r : ar.getT2().getOrDefault(b.id(), List.of())) {
                                    SPerson rv = rb.getT1().get(r.reviewerId());
                                    List<Book> rvBooks = rb.getT2().getOrDefault(rv.id(), List.of()).stream()
                                            .map(x -> new Book(x.id(), x.title(), null, null)).toList();
                                    rs.add(new Review(r.id(), r.title(), new Person(rv.id(), rv.firstname(), rv.lastname(), rvBooks)));
                                }
                                out.add(new Book(b.id(), b.title(), new Person(a.id(), a.firstname(), a.lastname(), null), rs));
                            }
                            return out;
                        });
                    });
                });
    }

    @Override
    public Mono<User> user(long id) {
        return template.selectOne(query(where("id").is(id)), SUser.class).map(u -> new User(u.id(), u.name(), u.email()));
    }

    @Override
    public Mono<List<Post>> posts(long category) {
        return template.select(SPost.class).matching(query(where("categoryId").is(category))
                        .sort(Sort.by(Sort.Order.desc("createdAt"), Sort.Order.asc("id"))).limit(20)).all()
                .collectList().flatMap(posts -> {
                    List<Long> postIds = posts.stream().map(SPost::id).toList();
                    Mono<Map<Long, List<SComment>>> comments = byParent(SComment.class, "postId", postIds,
                            Sort.by(Sort.Order.desc("createdAt"), Sort.Order.asc("id")), SComment::postId)
                            .map(m -> {
                                m.replaceAll((k, v) -> v.size() > 20 ? v.subList(0, 20) : v);
                                return m;
                            });
                    Mono<Map<Long, SCategory>> categories = byId(SCategory.class,
                            posts.stream().map(SPost::categoryId).collect(Collectors.toSet()), SCategory::id);
                    return Mono.zip(comments, categories).flatMap(cc -> {
                        var userIds = posts.stream().map(SPost::userId).collect(Collectors.toSet());
                        cc.getT1().values().forEach(list -> list.forEach(c -> userIds.add(c.userId())));
                        return byId(SUser.class, userIds, SUser::id).map(users -> posts.stream().map(p -> new Post(p.id(),
                                p.title(), p.createdAt(), user(users.get(p.userId())),
                                new Category(cc.getT2().get(p.categoryId()).id(), cc.getT2().get(p.categoryId()).name()),
                                cc.getT1().getOrDefault(p.id(), List.of()).stream().map(c -> new Comment(c.id(), c.body(),
                                        c.createdAt(), user(users.get(c.userId())))).toList())).toList());
                    });
                });
    }

    private static User user(SUser u) {
        return new User(u.id(), u.name(), u.email());
    }

    @Override
    public Mono<Void> insertUsers(List<User> users) {
        return Flux.fromIterable(users).concatMap(u -> template.insert(new SUser(u.id(), u.name(), u.email())))
                .as(tx::transactional).then();
    }

    /** One INSERT per entity (the template has no batch insert), in one transaction. */
    @Override
    public Mono<Void> insertBlog(BlogRows rows) {
        return Flux.concat(
                        Flux.fromIterable(rows.categories()).concatMap(c -> template.insert(new SCategory(c.id(), c.name()))),
                        Flux.fromIterable(rows.posts()).concatMap(p -> template.insert(new SPost(p.id(), p.title(), p.userId(),
                                p.categoryId(), p.createdAt()))),
                        Flux.fromIterable(rows.comments()).concatMap(c -> template.insert(new SComment(c.id(), c.postId(),
                                c.userId(), c.body(), c.createdAt()))))
                .as(tx::transactional).then();
    }

    @Override
    public Mono<Void> updateUser(User user) {
        return template.update(new SUser(user.id(), user.name(), user.email())).then();
    }

    /** The template cannot set a fetch size: its DatabaseClient runs the SQL with one, and its converter maps the rows. */
    @Override
    public Flux<Event> export() {
        return template.getDatabaseClient().sql(Mapping.EXPORT).filter(s -> s.fetchSize(Harness.FETCH_SIZE))
                .map((row, meta) -> template.getConverter().read(SEvent.class, row, meta)).all()
                .map(e -> new Event(e.id(), e.name(), e.amount(), e.createdAt(), e.note()));
    }

    @Override
    public Mono<List<Person>> firstPage(int size) {
        return template.select(SPerson.class).matching(query(org.springframework.data.relational.core.query.Criteria.empty())
                        .sort(Sort.by("id")).limit(size)).all().collectList()
                .flatMap(persons -> byParent(SBook.class, "authorId", persons.stream().map(SPerson::id).toList(),
                        Sort.by("id"), SBook::authorId).map(books -> persons.stream().map(p -> new Person(p.id(),
                        p.firstname(), p.lastname(), books.getOrDefault(p.id(), List.of()).stream()
                        .map(b -> new Book(b.id(), b.title(), null, null)).toList())).toList()));
    }
}
