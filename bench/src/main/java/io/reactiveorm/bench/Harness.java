package io.reactiveorm.bench;

import io.r2dbc.pool.ConnectionPool;
import io.r2dbc.pool.ConnectionPoolConfiguration;
import io.r2dbc.postgresql.PostgresqlConnectionConfiguration;
import io.r2dbc.postgresql.PostgresqlConnectionFactory;
import io.reactiveorm.JsonEncoding;
import io.reactiveorm.bench.model.Blog.User;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Side-by-side workload harness: loads one dataset into a fresh database {@code ro_bench} on the local PostgreSQL,
 * then runs every workload through every implementation, interleaved (A B C A B C ...), after warm-up rounds.
 * Read results are compared with raw R2DBC's before any time is reported. Writes a markdown table to stdout,
 * {@code bench/target/bench-results.json} and {@code bench/target/bench-results.html}.
 *
 * <p>Usage: {@code java -cp bench/target/benchmarks.jar io.reactiveorm.bench.Harness [--quick] [--only=name,name]}
 */
public final class Harness {
    static final int POOL_SIZE = 8;
    /** Rows a round trip for the streaming export (R2DBC fetch size, JDBC cursor fetch size). */
    static final int FETCH_SIZE = 1_000;
    static final long INSERT_BASE = 10_000_000;

    private Harness() {
    }

    /** Settings of one run. */
    record Settings(boolean quick, Dataset data, int warmups, int repetitions, int bookQueries, int pkQueries,
                    int complexQueries, int inserts, int pageSize, int pageQueries) {
        static Settings of(boolean quick) {
            return quick ? new Settings(true, Dataset.quick(), 1, 1, 5, 1_000, 50, 1_000, 500, 2)
                    : new Settings(false, Dataset.full(), 2, 5, 20, 2_000, 500, 1_000, 500, 5);
        }
    }

    /**
     * One workload: what it runs on an implementation in a round (the same parameters for every implementation of a
     * round), returning the roots to compare (empty for writes; null if the implementation cannot run it).
     */
    record Workload(String name, String description, BiFunction<Impl, Integer, Mono<List<?>>> run) {
    }

    /**
     * @param args {@code --quick} for the small dataset and one repetition; {@code --only=a,b} to run a subset of
     *     implementations by column name (raw r2dbc always runs)
     * @throws Exception if the database is unreachable or a result differs
     */
    public static void main(String[] args) throws Exception {
        boolean quick = List.of(args).contains("--quick");
        Settings settings = Settings.of(quick);
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        long start = System.nanoTime();
        System.out.printf("Loading %s into %s ...%n", settings.data(), Dataset.DATABASE);
        Dataset.recreate();
        settings.data().load();
        System.out.printf("Loaded in %.1f s%n", (System.nanoTime() - start) / 1e9);

        ConnectionPool pool = new ConnectionPool(ConnectionPoolConfiguration.builder(new PostgresqlConnectionFactory(
                        PostgresqlConnectionConfiguration.builder().host(Dataset.HOST).port(Dataset.PORT)
                                .username(Dataset.USER).database(Dataset.DATABASE).build()))
                .maxSize(POOL_SIZE).initialSize(POOL_SIZE).build());
        List<Impl> impls = new ArrayList<>();
        String only = List.of(args).stream().filter(a -> a.startsWith("--only=")).map(a -> a.substring(7)).findFirst().orElse(null);
        impls.add(new RawR2dbcImpl(pool));
        addIf(impls, only, "this ORM", () -> new OrmImpl(pool, JsonEncoding.ARRAYS));
        addIf(impls, only, "this ORM (KEYS)", () -> new OrmImpl(pool, JsonEncoding.KEYS));
        addIf(impls, only, "JDBC", () -> new JdbcImpl(POOL_SIZE));
        Peers.add(impls, only, pool, POOL_SIZE);
        int exit = 0;
        try {
            Results results = new Results(settings, impls.stream().map(Impl::name).toList());
            for (Workload workload : workloads(settings)) {
                exit |= run(settings, workload, impls, results) ? 0 : 1;
            }
            results.write(Path.of("bench", "target"));
        } finally {
            for (Impl impl : impls) {
                impl.close();
            }
            pool.dispose();
            Dataset.drop();
        }
        System.out.printf("Total %.1f s%n", (System.nanoTime() - start) / 1e9);
        System.exit(exit);
    }

    private static void addIf(List<Impl> impls, String only, String name, Supplier<Impl> impl) {
        if (only == null || List.of(only.split(",")).contains(name)) {
            impls.add(impl.get());
        }
    }

    static List<Workload> workloads(Settings s) {
        Dataset data = s.data();
        List<Workload> list = new ArrayList<>();
        list.add(new Workload("book tree",
                s.bookQueries() + " × 100 books with author, reviews, reviewer, reviewer's books (id BETWEEN lo AND lo+99)",
                (impl, round) -> {
                    SplittableRandom random = new SplittableRandom(7 + round);
                    List<Long> los = new ArrayList<>();
                    for (int i = 0; i < s.bookQueries(); i++) {
                        los.add(1L + random.nextInt(data.books() - 99));
                    }
                    return Flux.fromIterable(los).concatMap(impl::books).flatMapIterable(l -> l).collectList().map(l -> l);
                }));
        list.add(new Workload("PK ×" + s.pkQueries(), s.pkQueries() + " user lookups by primary key, " + POOL_SIZE + " concurrent",
                (impl, round) -> Flux.range(1, s.pkQueries()).map(i -> 1L + (i * 7919L + round * 131L) % data.persons())
                        .flatMapSequential(impl::user, POOL_SIZE).collectList().map(l -> l)));
        list.add(new Workload("complex ×" + s.complexQueries(), s.complexQueries()
                + " × 20 latest posts of a category with author, category, 20 latest comments with author, " + POOL_SIZE + " concurrent",
                (impl, round) -> Flux.range(0, s.complexQueries()).map(i -> 1L + (i + round) % Dataset.CATEGORIES)
                        .flatMapSequential(impl::posts, POOL_SIZE).flatMapIterable(l -> l).collectList().map(l -> l)));
        list.add(new Workload("insert " + s.inserts() + " users", s.inserts() + " users in one transaction", (impl, round) -> {
            List<User> users = new ArrayList<>();
            for (int i = 0; i < s.inserts(); i++) {
                long id = INSERT_BASE + i;
                users.add(new User(id, "new user " + id, "new" + id + "@example.org"));
            }
            Mono<Void> insert = impl.insertUsers(users);
            return insert == null ? null : insert.thenReturn(List.of());
        }));
        list.add(new Workload("wide first page", s.pageQueries() + " × first " + s.pageSize() + " persons with their books",
                (impl, round) -> Flux.range(0, s.pageQueries()).concatMap(i -> impl.firstPage(s.pageSize()))
                        .flatMapIterable(l -> l).collectList().map(l -> l)));
        return list;
    }

    /** Runs one workload, interleaved; returns false if any result differed from raw R2DBC's. */
    private static boolean run(Settings s, Workload workload, List<Impl> impls, Results results) throws Exception {
        System.out.printf("%n== %s: %s%n", workload.name(), workload.description());
        boolean ok = true;
        for (int round = 0; round < s.warmups() + s.repetitions(); round++) {
            boolean measured = round >= s.warmups();
            List<String> expected = null;
            for (Impl impl : impls) {
                Mono<List<?>> mono = workload.run().apply(impl, round);
                if (mono == null) {
                    results.skip(workload, impl.name());
                    continue;
                }
                long t0 = System.nanoTime();
                List<?> roots = mono.block();
                double ms = (System.nanoTime() - t0) / 1e6;
                String problem = null;
                if (workload.name().startsWith("insert")) {
                    problem = checkInserted(s);
                } else {
                    List<String> lines = Normalize.of(roots);
                    if (expected == null) {
                        expected = lines;
                        if (lines.isEmpty()) {
                            problem = "empty result";
                        }
                    } else if (!expected.equals(lines)) {
                        problem = firstDifference(expected, lines);
                    }
                }
                if (problem != null) {
                    ok = false;
                    System.out.printf("  MISMATCH %s: %s%n", impl.name(), problem);
                    results.mismatch(workload, impl.name(), problem);
                } else if (measured) {
                    results.add(workload, impl.name(), ms);
                }
                System.out.printf("  %s %-20s %9.1f ms%n", measured ? "run " : "warm", impl.name(), ms);
            }
        }
        return ok;
    }

    private static String checkInserted(Settings s) throws Exception {
        try (Connection c = DriverManager.getConnection(Dataset.jdbcUrl(Dataset.DATABASE)); Statement st = c.createStatement()) {
            String problem = null;
            try (ResultSet rs = st.executeQuery("SELECT count(*), coalesce(sum(id), 0), count(*) FILTER (WHERE name = 'new user ' || id"
                    + " AND email = 'new' || id || '@example.org') FROM users WHERE id >= " + INSERT_BASE)) {
                rs.next();
                long expectedSum = (long) s.inserts() * INSERT_BASE + (long) s.inserts() * (s.inserts() - 1) / 2;
                if (rs.getLong(1) != s.inserts() || rs.getLong(2) != expectedSum || rs.getLong(3) != s.inserts()) {
                    problem = "inserted " + rs.getLong(1) + " rows (sum " + rs.getLong(2) + ", correct " + rs.getLong(3) + ")";
                }
            }
            st.execute("DELETE FROM users WHERE id >= " + INSERT_BASE);
            return problem;
        }
    }

    private static String firstDifference(List<String> expected, List<String> actual) {
        if (expected.size() != actual.size()) {
            return actual.size() + " roots instead of " + expected.size();
        }
        for (int i = 0; i < expected.size(); i++) {
            if (!Objects.equals(expected.get(i), actual.get(i))) {
                return "root " + i + ":\n    expected " + abbreviate(expected.get(i)) + "\n    actual   " + abbreviate(actual.get(i));
            }
        }
        return "?";
    }

    private static String abbreviate(String s) {
        return s.length() > 400 ? s.substring(0, 400) + "…" : s;
    }

    static Map<String, Object> map(Object... pairs) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            out.put((String) pairs[i], pairs[i + 1]);
        }
        return out;
    }
}
