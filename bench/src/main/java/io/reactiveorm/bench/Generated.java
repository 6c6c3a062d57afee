package io.reactiveorm.bench;

import io.reactiveorm.bench.model.Blog.Category;
import io.reactiveorm.bench.model.Blog.User;
import io.reactiveorm.bench.model.Rows.BlogRows;
import io.reactiveorm.bench.model.Rows.CommentRow;
import io.reactiveorm.bench.model.Rows.LoadRow;
import io.reactiveorm.bench.model.Rows.PostRow;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import reactor.core.publisher.Flux;

/** The deterministic rows the write workloads send (the same in every round and for every implementation). */
final class Generated {
    /** Ids of rows the write workloads insert start above this; checks delete everything above it. */
    static final long INSERT_BASE = 10_000_000;
    /** Ids of users the mixed workload inserts start above this. */
    static final long MIXED_BASE = 20_000_000;

    private Generated() {
    }

    /**
     * @param n how many
     * @return users {@code INSERT_BASE .. INSERT_BASE + n - 1}
     */
    static List<User> users(int n) {
        List<User> users = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            long id = INSERT_BASE + i;
            users.add(new User(id, "new user " + id, "new" + id + "@example.org"));
        }
        return users;
    }

    /**
     * @param data the dataset (posts and comments are by its users)
     * @param posts how many posts; 3 comments a post; {@link Dataset#CATEGORIES} categories
     * @return new categories, posts in them and comments on those, ids above {@link #INSERT_BASE}
     */
    static BlogRows blog(Dataset data, int posts) {
        Words words = new Words(99);
        List<Category> categories = new ArrayList<>();
        for (int i = 1; i <= Dataset.CATEGORIES; i++) {
            categories.add(new Category(INSERT_BASE + i, "new category " + i));
        }
        List<PostRow> postRows = new ArrayList<>(posts);
        for (int i = 1; i <= posts; i++) {
            postRows.add(new PostRow(INSERT_BASE + i, words.title(), 1L + words.nextInt(data.persons()),
                    INSERT_BASE + 1 + words.nextInt(Dataset.CATEGORIES),
                    Dataset.EPOCH.plusSeconds(words.nextInt(30_000_000)).plusNanos(words.nextInt(1_000_000) * 1_000L)));
        }
        List<CommentRow> comments = new ArrayList<>(posts * 3);
        for (int i = 1; i <= posts * 3; i++) {
            comments.add(new CommentRow(INSERT_BASE + i, INSERT_BASE + 1 + words.nextInt(posts), 1L + words.nextInt(data.persons()),
                    words.title() + " " + words.title(), Dataset.EPOCH.plusSeconds(words.nextInt(30_000_000))));
        }
        return new BlogRows(categories, postRows, comments);
    }

    /**
     * @param i the id (from 1)
     * @return row {@code i} of the bulk load: every tenth name with a tab and a backslash, every third note NULL
     */
    static LoadRow loadRow(long i) {
        return new LoadRow(i, "row " + i + (i % 10 == 0 ? " with\ttab and \\ backslash" : ""), BigDecimal.valueOf(i * 7 % 100_000, 2),
                Dataset.EPOCH.plusSeconds(i).plusNanos(i % 1000 * 1000), i % 3 == 0 ? null : "note " + i % 1000);
    }

    /**
     * @param n how many
     * @return rows 1..n, generated as requested
     */
    static Flux<LoadRow> loadRows(long n) {
        return Flux.generate(() -> 1L, (i, sink) -> {
            sink.next(loadRow(i));
            if (i == n) {
                sink.complete();
            }
            return i + 1;
        });
    }

    /** What one operation of the mixed workload does. */
    enum Kind { READ_USER, READ_POSTS, INSERT_USER, UPDATE_USER }

    /**
     * One operation of the mixed workload.
     *
     * @param kind what it does
     * @param id the user id (read, insert, update) or category id (posts)
     * @param name the name written
     * @param email the email written
     */
    record MixedOp(Kind kind, long id, String name, String email) {
        User user() {
            return new User(id, name, email);
        }
    }

    /**
     * 75% reads (45% a user by id, 30% the complex posts query), 25% writes (13% insert a user, 12% update one of the
     * spare users, each at most once a round); the same sequence for every implementation of a round.
     *
     * @param data the dataset
     * @param n how many operations (at most {@link Dataset#spareUsers()})
     * @param round the round
     * @return the operations in order
     */
    static List<MixedOp> mixed(Dataset data, int n, int round) {
        SplittableRandom random = new SplittableRandom(31 + round);
        List<MixedOp> ops = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int k = random.nextInt(100);
            String name = "mixed " + round + " " + i;
            String email = "mixed" + round + "." + i + "@example.org";
            if (k < 45) {
                ops.add(new MixedOp(Kind.READ_USER, 1 + random.nextInt(data.persons()), name, email));
            } else if (k < 75) {
                ops.add(new MixedOp(Kind.READ_POSTS, 1 + random.nextInt(Dataset.CATEGORIES), name, email));
            } else if (k < 88) {
                ops.add(new MixedOp(Kind.INSERT_USER, MIXED_BASE + i, name, email));
            } else {
                ops.add(new MixedOp(Kind.UPDATE_USER, data.persons() + 1 + i, name, email));
            }
        }
        return ops;
    }
}
