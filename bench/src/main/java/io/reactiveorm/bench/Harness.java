package io.reactiveorm.bench;

import io.r2dbc.pool.ConnectionPool;
import io.r2dbc.pool.ConnectionPoolConfiguration;
import io.r2dbc.postgresql.PostgresqlConnectionConfiguration;
import io.r2dbc.postgresql.PostgresqlConnectionFactory;
import io.reactiveorm.JsonEncoding;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;
import reactor.core.publisher.Mono;

/**
 * Side-by-side workload harness: loads one dataset into a fresh database {@code ro_bench} on the local PostgreSQL,
 * then runs every workload through every implementation, interleaved (A B C A B C ...), after warm-up rounds.
 * Every result is compared with raw R2DBC's before any time is reported, and every write is checked in the database
 * (then removed). Writes markdown tables to stdout and {@code bench/target/bench-results.md}, plus
 * {@code bench/target/bench-results.json} and {@code bench/target/bench-results.html}; exits with status 1 on any
 * mismatch or failure.
 *
 * <p>Usage: {@code java -cp bench/target/benchmarks.jar io.reactiveorm.bench.Harness [--quick] [--keys] [--only=name,name]}
 */
public final class Harness {
    static final int POOL_SIZE = 8;
    /** Rows a round trip for the streaming export (R2DBC fetch size, JDBC cursor fetch size). */
    static final int FETCH_SIZE = 1_000;
    private static final String RAW = "raw r2dbc";

    private Harness() {
    }

    /**
     * Settings of one run.
     *
     * @param quick the small CI mode
     * @param data the dataset
     * @param warmups warm-up rounds of the light workloads
     * @param repetitions measured rounds of the light workloads
     * @param heavyWarmups warm-up rounds of the heavy workloads (concurrency, blog insert, export, bulk load)
     * @param heavyRepetitions measured rounds of the heavy workloads
     * @param bookQueries book tree queries a run
     * @param pkQueries primary key queries a run
     * @param complexQueries complex queries a run
     * @param concurrentQueries complex queries a run at each concurrency
     * @param mixedOps operations of the mixed workload
     * @param inserts users inserted
     * @param blogPosts posts inserted (with 3 comments each)
     * @param pageSize persons on the wide first page
     * @param pageQueries wide first page queries a run
     * @param bulkRows rows bulk loaded
     */
    record Settings(boolean quick, Dataset data, int warmups, int repetitions, int heavyWarmups, int heavyRepetitions,
                    int bookQueries, int pkQueries, int complexQueries, int concurrentQueries, int mixedOps, int inserts,
                    int blogPosts, int pageSize, int pageQueries, int bulkRows) {
        static Settings of(boolean quick) {
            return quick ? new Settings(true, Dataset.quick(), 1, 1, 1, 1, 3, 300, 30, 16, 100, 300, 200, 500, 2, 10_000)
                    : new Settings(false, Dataset.full(), 2, 5, 1, 3, 20, 2_000, 500, 256, 1_000, 1_000, 5_000, 500, 5, 1_000_000);
        }

        int warmups(Workloads.Workload w) {
            return w.heavy() ? heavyWarmups : warmups;
        }

        int repetitions(Workloads.Workload w) {
            return w.heavy() ? heavyRepetitions : repetitions;
        }
    }

    /**
     * @param args {@code --quick} for the small dataset and one repetition; {@code --only=a,b} to run a subset of
     *     implementations by column name (raw r2dbc always runs); {@code --keys} to add the ORM with KEYS encoding
     * @throws Exception if the database is unreachable
     */
    public static void main(String[] args) throws Exception {
        List<String> arguments = List.of(args);
        Settings settings = Settings.of(arguments.contains("--quick"));
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
        String only = arguments.stream().filter(a -> a.startsWith("--only=")).map(a -> a.substring(7)).findFirst().orElse(null);
        List<Impl> columns = new ArrayList<>();
        addIf(columns, only, "this ORM", () -> new OrmImpl(pool, JsonEncoding.ARRAYS));
        if (arguments.contains("--keys")) {
            addIf(columns, only, "this ORM (KEYS)", () -> new OrmImpl(pool, JsonEncoding.KEYS));
        }
        columns.add(new RawR2dbcImpl(pool));
        Peers.add(columns, only, pool, POOL_SIZE);
        addIf(columns, only, "JDBC", () -> new JdbcImpl(POOL_SIZE));
        // Raw r2dbc runs first in every round: its results are the ones the others must equal.
        List<Impl> order = new ArrayList<>(columns);
        order.sort(Comparator.comparing(impl -> !impl.name().equals(RAW)));
        int exit = 0;
        try {
            Results results = new Results(settings, columns.stream().map(Impl::name).toList());
            for (Workloads.Workload workload : Workloads.all(settings)) {
                exit |= run(settings, workload, order, results) ? 0 : 1;
            }
            results.write(Path.of("bench", "target"));
        } finally {
            for (Impl impl : columns) {
                impl.close();
            }
            pool.dispose();
            Dataset.drop();
        }
        System.out.printf("Total %.1f s%s%n", (System.nanoTime() - start) / 1e9, exit == 0 ? "" : " (MISMATCH: exit status 1)");
        System.exit(exit);
    }

    private static void addIf(List<Impl> impls, String only, String name, Supplier<Impl> impl) {
        if (only == null || List.of(only.split(",")).contains(name)) {
            impls.add(impl.get());
        }
    }

    /** Runs one workload, interleaved; returns false if any result differed from raw R2DBC's or failed its check. */
    private static boolean run(Settings s, Workloads.Workload workload, List<Impl> impls, Results results) throws Exception {
        System.out.printf("%n== %s: %s%n", workload.name(), workload.description());
        long start = System.nanoTime();
        boolean ok = true;
        int warmups = s.warmups(workload);
        for (int round = 0; round < warmups + s.repetitions(workload); round++) {
            boolean measured = round >= warmups;
            List<String> expected = null;
            for (Impl impl : impls) {
                Probe probe = new Probe();
                Mono<List<?>> mono = workload.run().start(impl, round, probe);
                if (mono == null) {
                    results.skip(workload, impl.name());
                    continue;
                }
                HeapProbe heap = workload.heap() ? HeapProbe.start() : null;
                long t0 = System.nanoTime();
                List<?> roots = List.of();
                String problem = null;
                try {
                    roots = Objects.requireNonNull(mono.block(Duration.ofMinutes(10)), "no result");
                } catch (RuntimeException e) {
                    problem = "failed: " + e;
                }
                double ms = (System.nanoTime() - t0) / 1e6;
                HeapProbe.Heap used = heap == null ? null : heap.stop();
                if (workload.check() != null) {
                    String checked = workload.check().verify(round, roots);
                    problem = problem != null ? problem : checked;
                }
                if (problem == null) {
                    List<String> lines = Normalize.of(roots);
                    if (expected == null) {
                        expected = lines;
                        if (lines.isEmpty() && workload.check() == null) {
                            problem = "empty result";
                        }
                    } else if (!expected.equals(lines)) {
                        problem = firstDifference(expected, lines);
                    }
                }
                String extra = "";
                if (problem != null) {
                    ok = false;
                    System.out.printf("  MISMATCH %s: %s%n", impl.name(), problem);
                    results.mismatch(workload, impl.name(), problem);
                } else if (measured) {
                    results.add(workload, impl.name(), ms, probe, used, impl.streams());
                }
                if (used != null) {
                    extra = String.format(Locale.ROOT, "  heap peak +%.0f MB, after GC +%.0f MB", used.peakMb(), used.liveMb());
                }
                System.out.printf("  %s %-20s %9.1f ms%s%n", measured ? "run " : "warm", impl.name(), ms, extra);
            }
        }
        System.out.printf("  (%.1f s)%n", (System.nanoTime() - start) / 1e9);
        return ok;
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
}
