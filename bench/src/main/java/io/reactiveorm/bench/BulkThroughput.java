package io.reactiveorm.bench;

import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactories;
import io.r2dbc.spi.ConnectionFactory;
import io.reactiveorm.Orm;
import io.reactiveorm.Table;
import io.reactiveorm.postgres.PostgresDialectProvider;
import io.reactiveorm.spi.BulkLoader;
import java.io.BufferedWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Rows per second of bulk loads into PostgreSQL (127.0.0.1:5432, user postgres, database test, schema bulk_bench):
 * ORM COPY, ORM multi-row INSERT (the generic loader), single-row INSERT statements in one transaction (plain R2DBC,
 * a smaller count) and {@code psql \copy} of the same rows as CSV (the ceiling), interleaved, medians of the
 * repetitions. Not a unit test; run it with
 * {@code java -cp bench/target/benchmarks.jar io.reactiveorm.bench.BulkThroughput [rows] [singleRows] [repetitions]}.
 */
public final class BulkThroughput {
    private static final String URL = "r2dbc:postgresql://postgres@127.0.0.1:5432/test?schema=bulk_bench";
    private static final OffsetDateTime START = OffsetDateTime.of(2024, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);

    /** One benchmark row: text, numeric, timestamptz, boolean and uuid columns. */
    @Table("bench_row")
    public record BenchRow(Long id, String name, BigDecimal amount, OffsetDateTime at, Boolean flag, UUID ref) {
    }

    private BulkThroughput() {
    }

    static BenchRow row(long i) {
        return new BenchRow(i, "row name " + i + (i % 10 == 0 ? " with\ttab and \\ backslash" : ""), BigDecimal.valueOf(i * 7, 2),
                START.plusSeconds(i), i % 2 == 0, new UUID(i, i * 31));
    }

    static Flux<BenchRow> rows(long n) {
        return Flux.generate(() -> 1L, (i, sink) -> {
            sink.next(row(i));
            if (i == n) {
                sink.complete();
            }
            return i + 1;
        });
    }

    /**
     * @param args rows (default 200,000), single-row rows (default 20,000), repetitions (default 5)
     * @throws Exception if a step fails
     */
    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        int singleRows = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
        int repetitions = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        ConnectionFactory admin = ConnectionFactories.get("r2dbc:postgresql://postgres@127.0.0.1:5432/test");
        run(admin, "DROP SCHEMA IF EXISTS bulk_bench CASCADE", "CREATE SCHEMA bulk_bench",
                "CREATE TABLE bulk_bench.bench_row (id bigint PRIMARY KEY, name text NOT NULL, amount numeric(20, 2),"
                        + " at timestamptz, flag boolean, ref uuid)");
        Path csv = Files.createTempFile("bench_row", ".csv");
        try (BufferedWriter out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            for (long i = 1; i <= rows; i++) {
                BenchRow r = row(i);
                out.write(r.id() + ",\"" + r.name().replace("\"", "\"\"") + "\"," + r.amount().toPlainString() + "," + r.at()
                        + "," + r.flag() + "," + r.ref() + "\n");
            }
        }
        Orm copy = Orm.builder(ConnectionFactories.get(URL)).pool(true, 2).build();
        Orm inserts = Orm.builder(ConnectionFactories.get(URL)).pool(true, 2)
                .dialect(PostgresDialectProvider.dialect().withBulkLoader(BulkLoader.GENERIC)).build();
        ConnectionFactory plain = ConnectionFactories.get(URL);
        List<Double> copyRates = new ArrayList<>();
        List<Double> multiRates = new ArrayList<>();
        List<Double> singleRates = new ArrayList<>();
        List<Double> psqlRates = new ArrayList<>();
        for (int rep = 0; rep <= repetitions; rep++) {
            boolean warmup = rep == 0;
            double c = timed(admin, rows, () -> copy.bulk(BenchRow.class).load(rows(rows)).block());
            double m = timed(admin, rows, () -> inserts.bulk(BenchRow.class).load(rows(rows)).block());
            double s = timed(admin, singleRows, () -> singleRowInserts(plain, singleRows));
            double p = timed(admin, rows, () -> psqlCopy(csv));
            if (!warmup) {
                copyRates.add(c);
                multiRates.add(m);
                singleRates.add(s);
                psqlRates.add(p);
            }
            System.out.printf(Locale.ROOT, "%s: copy %.0f, multi-row %.0f, single-row %.0f, psql %.0f rows/s%n",
                    warmup ? "warm-up" : "run " + rep, c, m, s, p);
        }
        double copyMedian = median(copyRates);
        double singleMedian = median(singleRates);
        double psqlMedian = median(psqlRates);
        System.out.printf(Locale.ROOT, "median rows/s: ORM COPY %.0f (%d rows), ORM multi-row INSERT %.0f (%d rows),"
                        + " single-row INSERT %.0f (%d rows), psql \\copy %.0f (%d rows)%n", copyMedian, rows, median(multiRates), rows,
                singleMedian, singleRows, psqlMedian, rows);
        System.out.printf(Locale.ROOT, "ORM COPY = %.1fx single-row, %.2fx psql \\copy%n", copyMedian / singleMedian, copyMedian / psqlMedian);
        copy.close().block();
        inserts.close().block();
        run(admin, "DROP SCHEMA bulk_bench CASCADE");
        Files.delete(csv);
    }

    private interface Step {
        void run() throws Exception;
    }

    private static double timed(ConnectionFactory admin, int rows, Step step) throws Exception {
        run(admin, "TRUNCATE bulk_bench.bench_row");
        long start = System.nanoTime();
        step.run();
        double seconds = (System.nanoTime() - start) / 1e9;
        long count = Mono.usingWhen(admin.create(), c -> Mono.from(c.createStatement("SELECT count(*) FROM bulk_bench.bench_row").execute())
                .flatMap(r -> Mono.from(r.map(row -> row.get(0, Long.class)))), Connection::close).block();
        if (count != rows) {
            throw new IllegalStateException("expected " + rows + " rows, found " + count);
        }
        return rows / seconds;
    }

    private static void singleRowInserts(ConnectionFactory factory, int n) {
        String sql = "INSERT INTO bench_row (id, name, amount, at, flag, ref) VALUES ($1, $2, $3, $4, $5, $6)";
        Mono.usingWhen(factory.create(), c -> Mono.from(c.beginTransaction())
                .thenMany(rows(n).concatMap(r -> Flux.from(c.createStatement(sql).bind(0, r.id()).bind(1, r.name()).bind(2, r.amount())
                        .bind(3, r.at()).bind(4, r.flag()).bind(5, r.ref()).execute()).concatMap(res -> res.getRowsUpdated())))
                .then(Mono.from(c.commitTransaction())), Connection::close).block(Duration.ofMinutes(10));
    }

    private static void psqlCopy(Path csv) throws Exception {
        ProcessBuilder builder = new ProcessBuilder("psql", "-h", "127.0.0.1", "-U", "postgres", "-d", "test", "-v", "ON_ERROR_STOP=1",
                "-c", "\\copy bench_row (id, name, amount, at, flag, ref) FROM '" + csv + "' WITH (FORMAT csv)");
        builder.environment().put("PGOPTIONS", "-c search_path=bulk_bench");
        builder.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        int exit = builder.start().waitFor();
        if (exit != 0) {
            throw new IllegalStateException("psql exited with " + exit);
        }
    }

    private static void run(ConnectionFactory factory, String... statements) {
        Mono.usingWhen(factory.create(), c -> Flux.fromArray(statements).concatMap(s -> Flux.from(c.createStatement(s).execute())
                .concatMap(r -> r.getRowsUpdated())).then(), Connection::close).block(Duration.ofMinutes(1));
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(Double::compare);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
