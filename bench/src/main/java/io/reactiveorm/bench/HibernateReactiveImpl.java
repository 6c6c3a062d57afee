package io.reactiveorm.bench;

import io.reactiveorm.bench.hibernate.Entities.HBook;
import io.reactiveorm.bench.hibernate.Entities.HCategory;
import io.reactiveorm.bench.hibernate.Entities.HComment;
import io.reactiveorm.bench.hibernate.Entities.HEvent;
import io.reactiveorm.bench.hibernate.Entities.HPerson;
import io.reactiveorm.bench.hibernate.Entities.HPost;
import io.reactiveorm.bench.hibernate.Entities.HReview;
import io.reactiveorm.bench.hibernate.Entities.HUser;
import io.reactiveorm.bench.model.Blog.Category;
import io.reactiveorm.bench.model.Blog.Comment;
import io.reactiveorm.bench.model.Blog.Post;
import io.reactiveorm.bench.model.Blog.User;
import io.reactiveorm.bench.model.Library.Book;
import io.reactiveorm.bench.model.Library.Person;
import io.reactiveorm.bench.model.Library.Review;
import io.reactiveorm.bench.model.Rows.BlogRows;
import io.reactiveorm.bench.model.Rows.CommentRow;
import io.reactiveorm.bench.model.Rows.Event;
import io.reactiveorm.bench.model.Rows.PostRow;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.hibernate.cfg.Configuration;
import org.hibernate.reactive.provider.ReactiveServiceRegistryBuilder;
import org.hibernate.reactive.stage.Stage;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Hibernate Reactive 3.4 (Stage API, its own Vert.x PostgreSQL pool of the same size) with HQL fetch joins, as its
 * users write it: one session per unit of work, {@code CompletionStage}s turned into {@code Mono}s. Where one fetch
 * join query cannot load a workload's shape (two nested bags, a limit per collection, a page of roots with a
 * collection), it runs a second query in the same session, as the Hibernate documentation advises.
 */
final class HibernateReactiveImpl implements Impl {
    /** JDBC-style batching of inserts and updates (statements per round trip). */
    static final int BATCH_SIZE = 1_000;
    /** Hibernate logs through java.util.logging here; held so that the level sticks. */
    private static final Logger HIBERNATE_LOG = Logger.getLogger("org.hibernate");

    private final Stage.SessionFactory factory;

    HibernateReactiveImpl(int poolSize) {
        HIBERNATE_LOG.setLevel(Level.WARNING);
        Configuration configuration = new Configuration()
                .setProperty("hibernate.connection.url", "jdbc:postgresql://" + Dataset.HOST + ":" + Dataset.PORT + "/" + Dataset.DATABASE)
                .setProperty("hibernate.connection.username", Dataset.USER)
                .setProperty("hibernate.connection.pool_size", String.valueOf(poolSize))
                .setProperty("hibernate.jdbc.batch_size", String.valueOf(BATCH_SIZE))
                .setProperty("hibernate.show_sql", "false");
        for (Class<?> type : List.of(HPerson.class, HBook.class, HReview.class, HUser.class, HCategory.class, HPost.class,
                HComment.class, HEvent.class)) {
            configuration.addAnnotatedClass(type);
        }
        factory = configuration.buildSessionFactory(new ReactiveServiceRegistryBuilder()
                .applySettings(configuration.getProperties()).build()).unwrap(Stage.SessionFactory.class);
    }

    @Override
    public String name() {
        return "Hibernate Reactive";
    }

    /**
     * Starts a unit of work off the Vert.x threads: called on an event loop thread (where the previous unit's result
     * arrives, so where Reactor subscribes the next one), {@code withSession} would join the session bound to that
     * thread's Vert.x context instead of opening a new one, and concurrent units would share it.
     */
    private static <T> Mono<T> mono(Supplier<CompletionStage<T>> stage) {
        return Mono.fromCompletionStage(stage).subscribeOn(Schedulers.parallel());
    }

    /**
     * Two queries: fetching both {@code Book.reviews} and the reviewers' {@code Person.books} in one query is a
     * cartesian product of two bags (Hibernate refuses it: MultipleBagFetchException), so the reviewers' books are
     * fetched by a second query into the same session.
     */
    @Override
    public Mono<List<Book>> books(long lo) {
        return mono(() -> factory.withSession(session -> session.createSelectionQuery(
                        "from HBook b join fetch b.author left join fetch b.reviews r left join fetch r.reviewer"
                                + " where b.id between :lo and :hi order by b.id, r.id", HBook.class)
                .setParameter("lo", lo).setParameter("hi", lo + 99).getResultList()
                .thenCompose(books -> {
                    Set<Long> reviewers = new LinkedHashSet<>();
                    books.forEach(b -> b.reviews.forEach(r -> reviewers.add(r.reviewer.id)));
                    return session.createSelectionQuery("from HPerson p left join fetch p.books bk where p.id in :ids"
                                    + " order by p.id, bk.id", HPerson.class)
                            .setParameter("ids", reviewers).getResultList().thenApply(ignored -> books.stream()
                                    .map(HibernateReactiveImpl::book).toList());
                })));
    }

    private static Book book(HBook b) {
        List<Review> reviews = new ArrayList<>(b.reviews.size());
        for (HReview r : b.reviews) {
            HPerson rv = r.reviewer;
            reviews.add(new Review(r.id, r.title, new Person(rv.id, rv.firstname, rv.lastname,
                    rv.books.stream().map(x -> new Book(x.id, x.title, null, null)).toList())));
        }
        return new Book(b.id, b.title, new Person(b.author.id, b.author.firstname, b.author.lastname, null), reviews);
    }

    @Override
    public Mono<User> user(long id) {
        return mono(() -> factory.withSession(session -> session.find(HUser.class, id))).map(HibernateReactiveImpl::user);
    }

    private static User user(HUser u) {
        return new User(u.id, u.name, u.email);
    }

    /**
     * Two queries: a fetch join cannot limit a collection per root ("20 latest comments"), and a fetch join of a
     * collection with setMaxResults pages in memory. So: the 20 posts with author and category, then their comments
     * with authors ordered per post, trimmed to 20 per post in memory.
     */
    @Override
    public Mono<List<Post>> posts(long category) {
        return mono(() -> factory.withSession(session -> session.createSelectionQuery(
                        "from HPost p join fetch p.author left join fetch p.category where p.category.id = :c"
                                + " order by p.createdAt desc, p.id", HPost.class)
                .setParameter("c", category).setMaxResults(20).getResultList()
                .thenCompose(posts -> session.createSelectionQuery("from HComment c join fetch c.author"
                                + " where c.postId in :ids order by c.postId, c.createdAt desc, c.id", HComment.class)
                        .setParameter("ids", posts.stream().map(p -> p.id).toList()).getResultList()
                        .thenApply(comments -> {
                            Map<Long, List<Comment>> byPost = new HashMap<>();
                            for (HComment c : comments) {
                                List<Comment> list = byPost.computeIfAbsent(c.postId, k -> new ArrayList<>());
                                if (list.size() < 20) {
                                    list.add(new Comment(c.id, c.body, c.createdAt, user(c.author)));
                                }
                            }
                            return posts.stream().map(p -> new Post(p.id, p.title, p.createdAt, user(p.author),
                                    new Category(p.category.id, p.category.name), byPost.getOrDefault(p.id, List.of())))
                                    .toList();
                        }))));
    }

    @Override
    public Mono<Void> insertUsers(List<User> users) {
        return mono(() -> factory.withTransaction(session -> session.persist(users.stream()
                .map(u -> new HUser(u.id(), u.name(), u.email())).toArray())));
    }

    /** Persists the new entities in one session; their references to existing users are proxies (no select). */
    @Override
    public Mono<Void> insertBlog(BlogRows rows) {
        return mono(() -> factory.withTransaction(session -> {
            List<Object> entities = new ArrayList<>();
            Map<Long, HCategory> categories = new HashMap<>();
            for (Category c : rows.categories()) {
                HCategory h = new HCategory();
                h.id = c.id();
                h.name = c.name();
                categories.put(h.id, h);
                entities.add(h);
            }
            Map<Long, HPost> posts = new HashMap<>();
            for (PostRow p : rows.posts()) {
                HPost h = new HPost();
                h.id = p.id();
                h.title = p.title();
                h.createdAt = p.createdAt();
                h.author = session.getReference(HUser.class, p.userId());
                h.category = categories.get(p.categoryId());
                posts.put(h.id, h);
                entities.add(h);
            }
            for (CommentRow c : rows.comments()) {
                HComment h = new HComment();
                h.id = c.id();
                h.body = c.body();
                h.createdAt = c.createdAt();
                h.post = posts.get(c.postId());
                h.author = session.getReference(HUser.class, c.userId());
                entities.add(h);
            }
            return session.persist(entities.toArray());
        }));
    }

    /** Loads the user into the session and changes it; the update is flushed on commit. */
    @Override
    public Mono<Void> updateUser(User user) {
        return mono(() -> factory.withTransaction(session -> session.find(HUser.class, user.id()).thenAccept(u -> {
            u.name = user.name();
            u.email = user.email();
        })));
    }

    /** Hibernate Reactive cannot stream a result: the whole list is read (stateless session, no persistence context). */
    @Override
    public Flux<Event> export() {
        return mono(() -> factory.withStatelessSession(session -> session.createSelectionQuery("from HEvent e order by e.id",
                HEvent.class).getResultList()))
                .flatMapIterable(list -> list).map(e -> new Event(e.id, e.name, e.amount, e.createdAt, e.note));
    }

    @Override
    public boolean streams() {
        return false;
    }

    @Override
    public Mono<List<Person>> firstPage(int size) {
        // Two queries: a collection fetch join with setMaxResults would load every person and page in memory.
        return mono(() -> factory.withSession(session -> session.createSelectionQuery("select p.id from HPerson p order by p.id",
                        Long.class).setMaxResults(size).getResultList()
                .thenCompose(ids -> session.createSelectionQuery("from HPerson p left join fetch p.books b where p.id in :ids"
                        + " order by p.id, b.id", HPerson.class).setParameter("ids", ids).getResultList())
                .thenApply(persons -> persons.stream().map(p -> new Person(p.id, p.firstname, p.lastname,
                        p.books.stream().map(b -> new Book(b.id, b.title, null, null)).toList())).toList())));
    }

    @Override
    public void close() {
        factory.close();
    }
}
