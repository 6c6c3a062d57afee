package io.reactiveorm.bench;

import io.reactiveorm.bench.Generated.MixedOp;
import io.reactiveorm.bench.model.Blog.User;
import io.reactiveorm.bench.model.Rows.BlogRows;
import io.reactiveorm.bench.model.Rows.Event;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The workloads of the harness, in the order they run. */
final class Workloads {
    private Workloads() {
    }

    /** Starts one run of a workload on an implementation. */
    interface Run {
        /**
         * @param impl the implementation
         * @param round the round (the same parameters for every implementation of a round)
         * @param probe where the run reports latencies and units
         * @return the results to compare with raw r2dbc's (empty for pure writes); null if the implementation cannot run it
         */
        @Nullable Mono<List<?>> start(Impl impl, int round, Probe probe);
    }

    /** Checks what a run left behind (and cleans it up). */
    interface Check {
        /**
         * @param round the round
         * @param result what the run returned
         * @return what is wrong, or null
         */
        @Nullable String verify(int round, List<?> result) throws Exception;
    }

    /**
     * One workload.
     *
     * @param name the row name
     * @param description what it does
     * @param heavy whether it runs the heavy workloads' (fewer) warm-ups and repetitions
     * @param heap whether the harness measures the heap during each run
     * @param run what it runs
     * @param check what the harness checks after each run (besides equality with raw r2dbc's results), or null
     */
    record Workload(String name, String description, boolean heavy, boolean heap, Run run, @Nullable Check check) {
    }

    static List<Workload> all(Harness.Settings s) {
        Dataset data = s.data();
        int pool = Harness.POOL_SIZE;
        List<Workload> list = new ArrayList<>();
        list.add(new Workload("book tree",
                s.bookQueries() + " × 100 books with author, reviews, reviewer, reviewer's books (id BETWEEN lo AND lo+99)", false, false,
                (impl, round, probe) -> {
                    SplittableRandom random = new SplittableRandom(7 + round);
                    List<Long> los = new ArrayList<>();
                    for (int i = 0; i < s.bookQueries(); i++) {
                        los.add(1L + random.nextInt(data.books() - 99));
                    }
                    return Flux.fromIterable(los).concatMap(impl::books).flatMapIterable(l -> l).collectList().map(l -> l);
                }, null));
        list.add(new Workload("PK ×" + s.pkQueries(), s.pkQueries() + " user lookups by primary key, " + pool + " concurrent", false, false,
                (impl, round, probe) -> Flux.range(1, s.pkQueries()).map(i -> 1L + (i * 7919L + round * 131L) % data.persons())
                        .flatMapSequential(impl::user, pool).collectList().map(l -> l), null));
        list.add(new Workload("complex ×" + s.complexQueries(), s.complexQueries()
                + " × 20 latest posts of a category with author, category, 20 latest comments with author, " + pool + " concurrent",
                false, false, (impl, round, probe) -> Flux.range(0, s.complexQueries()).map(i -> 1L + (i + round) % Dataset.CATEGORIES)
                        .flatMapSequential(impl::posts, pool).flatMapIterable(l -> l).collectList().map(l -> l), null));
        for (int subscribers : List.of(1, 8, 32)) {
            list.add(new Workload("complex c=" + subscribers, s.concurrentQueries() + " complex queries by " + subscribers
                    + " concurrent subscribers (pool size " + pool + "); throughput and per-query latency", true, false,
                    (impl, round, probe) -> {
                        probe.units(s.concurrentQueries(), "q");
                        return Flux.range(0, s.concurrentQueries()).map(i -> 1L + (i * 3 + round) % Dataset.CATEGORIES)
                                .flatMapSequential(category -> probe.timed(impl.posts(category)), subscribers)
                                .flatMapIterable(l -> l).collectList().map(l -> l);
                    }, null));
        }
        list.add(new Workload("wide first page", s.pageQueries() + " × first " + s.pageSize() + " persons with their books", false, false,
                (impl, round, probe) -> Flux.range(0, s.pageQueries()).concatMap(i -> impl.firstPage(s.pageSize()))
                        .flatMapIterable(l -> l).collectList().map(l -> l), null));
        list.add(mixed(s));
        List<User> users = Generated.users(s.inserts());
        list.add(new Workload("insert " + s.inserts() + " users", s.inserts() + " users in one transaction", false, false,
                (impl, round, probe) -> done(impl.insertUsers(users)), (round, result) -> Checks.insertedUsers(users)));
        BlogRows blog = Generated.blog(data, s.blogPosts());
        list.add(new Workload("insert blog", String.format(Locale.ROOT, "%,d categories + %,d posts + %,d comments in one transaction",
                blog.categories().size(), blog.posts().size(), blog.comments().size()), true, false,
                (impl, round, probe) -> done(impl.insertBlog(blog)), (round, result) -> Checks.insertedBlog(blog)));
        list.add(export(s));
        list.add(new Workload(String.format(Locale.ROOT, "bulk load %,d rows", s.bulkRows()), String.format(Locale.ROOT,
                "%,d generated rows into an indexed table, streamed, all or nothing, each implementation's fastest path", s.bulkRows()),
                true, false, (impl, round, probe) -> {
                    Mono<Long> load = impl.bulkLoad(Generated.loadRows(s.bulkRows()));
                    probe.units(s.bulkRows(), "rows");
                    return load == null ? null : load.map(n -> List.of("loaded " + n));
                }, (round, result) -> {
                    String problem = Checks.bulkLoaded(s.bulkRows());
                    return problem != null || result.equals(List.of("loaded " + s.bulkRows())) ? problem
                            : "reported " + result + " for " + s.bulkRows() + " rows";
                }));
        return list;
    }

    private static @Nullable Mono<List<?>> done(@Nullable Mono<Void> write) {
        return write == null ? null : write.thenReturn(List.of());
    }

    private static Workload mixed(Harness.Settings s) {
        Dataset data = s.data();
        return new Workload("mixed ×" + s.mixedOps(), s.mixedOps() + " operations, " + Harness.POOL_SIZE + " concurrent: 45% user by id,"
                + " 30% complex query, 13% insert a user, 12% update a user", false, false, (impl, round, probe) -> Flux.fromIterable(
                        Generated.mixed(data, s.mixedOps(), round)).flatMapSequential(op -> run(impl, op), Harness.POOL_SIZE)
                .collectList().map(l -> l), (round, result) -> Checks.mixedWrites(data, Generated.mixed(data, s.mixedOps(), round)));
    }

    private static Flux<?> run(Impl impl, MixedOp op) {
        return switch (op.kind()) {
            case READ_USER -> impl.user(op.id()).flux();
            case READ_POSTS -> impl.posts(op.id()).flatMapIterable(l -> l);
            case INSERT_USER -> impl.insertUsers(List.of(op.user())).flux();
            case UPDATE_USER -> impl.updateUser(op.user()).flux();
        };
    }

    private static Workload export(Harness.Settings s) {
        int rows = s.data().events();
        return new Workload(String.format(Locale.ROOT, "export %,d rows", rows), String.format(Locale.ROOT,
                "%,d rows (5 columns) streamed in id order (fetch size %d) to NDJSON; implementations that cannot stream read a list",
                rows, Harness.FETCH_SIZE), true, true, (impl, round, probe) -> {
                    Flux<Event> export = impl.export();
                    if (export == null) {
                        return null;
                    }
                    probe.units(rows, "rows");
                    return Mono.defer(() -> {
                        ExportSink sink = new ExportSink();
                        return export.doOnNext(sink::write).then(Mono.fromCallable(() -> List.of(sink.summary())));
                    });
                }, (round, result) -> result.size() == 1 && result.get(0).toString().startsWith("rows=" + rows + " ") ? null
                        : "exported " + result);
    }
}
