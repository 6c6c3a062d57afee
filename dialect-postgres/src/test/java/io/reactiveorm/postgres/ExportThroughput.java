package io.reactiveorm.postgres;

import com.fasterxml.jackson.core.JsonFactory;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactories;
import io.r2dbc.spi.ConnectionFactory;
import io.reactiveorm.Orm;
import io.reactiveorm.Sort;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Measures a 1,000,000-row NDJSON export in rows/s: a raw r2dbc-postgresql loop (hand-written SQL and mapping, fetch
 * size 256), the ORM's {@code fetchAll()} and its keyset {@code stream(1000)}, interleaved over 3 rounds in one JVM,
 * with the peak heap. Run with {@code -Xmx64m}; argument: an r2dbc URL (default the local test database). Creates
 * and drops the schema {@code export_bench}.
 */
public final class ExportThroughput {
    private static final String SQL = "SELECT id, name, amount, created, note FROM export_row ORDER BY id";

    private ExportThroughput() {
    }

    /** @param args an optional r2dbc URL */
    public static void main(String[] args) throws Exception {
        String url = args.length > 0 ? args[0] : "r2dbc:postgresql://postgres@127.0.0.1:5432/test";
        ConnectionFactory admin = ConnectionFactories.get(url);
        run(admin, "DROP SCHEMA IF EXISTS export_bench CASCADE", "CREATE SCHEMA export_bench");
        ConnectionFactory factory = ConnectionFactories.get(url + (url.contains("?") ? "&" : "?") + "schema=export_bench");
        long load = System.nanoTime();
        run(factory, ExportRow.SCHEMA);
        System.out.printf("loaded 1,000,000 rows in %.1f s%n", (System.nanoTime() - load) / 1e9);
        Orm orm = Orm.builder(factory).pool(true, 2).build();
        Map<String, Supplier<Flux<ExportRow>>> paths = new LinkedHashMap<>();
        paths.put("raw r2dbc (fetch size 256)", () -> Flux.usingWhen(factory.create(), c -> Flux.from(c.createStatement(SQL)
                        .fetchSize(256).execute())
                .concatMap(r -> r.map((row, meta) -> new ExportRow(row.get(0, Long.class), row.get(1, String.class),
                        row.get(2, BigDecimal.class), row.get(3, LocalDate.class), row.get(4, String.class)))),
                Connection::close));
        paths.put("orm fetchAll()", () -> orm.from(ExportRow.class).orderBy(Sort.asc("id")).fetchAll());
        paths.put("orm stream(1000)", () -> orm.from(ExportRow.class).orderBy(Sort.asc("id")).stream(1000));
        Map<String, List<Double>> rates = new LinkedHashMap<>();
        for (int round = 0; round < 3; round++) {
            for (Map.Entry<String, Supplier<Flux<ExportRow>>> path : paths.entrySet()) {
                ExportRow.CountingSink sink = new ExportRow.CountingSink();
                ExportRow.Writer writer = new ExportRow.Writer(new JsonFactory().createGenerator(sink));
                long start = System.nanoTime();
                Long rows = path.getValue().get().doOnNext(writer::write).count().block(Duration.ofMinutes(5));
                writer.flush();
                double seconds = (System.nanoTime() - start) / 1e9;
                double rate = rows / seconds;
                rates.computeIfAbsent(path.getKey(), k -> new ArrayList<>()).add(rate);
                System.out.printf("round %d  %-28s %,d rows  %,d bytes  %.2f s  %,.0f rows/s%n", round + 1, path.getKey(),
                        rows, sink.bytes(), seconds, rate);
            }
        }
        System.out.println();
        System.out.println("| path | median rows/s | vs raw |");
        System.out.println("|---|---:|---:|");
        double raw = median(rates.values().iterator().next());
        for (Map.Entry<String, List<Double>> e : rates.entrySet()) {
            System.out.printf("| %s | %,.0f | %.2f |%n", e.getKey(), median(e.getValue()), median(e.getValue()) / raw);
        }
        System.out.printf("%nmax heap %.0f MB, peak heap used %.1f MB%n", Runtime.getRuntime().maxMemory() / 1048576.0,
                PostgresExportHeapTest.peakHeap() / 1048576.0);
        orm.close().block(Duration.ofSeconds(10));
        run(admin, "DROP SCHEMA export_bench CASCADE");
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static void run(ConnectionFactory factory, String... statements) {
        Mono.usingWhen(factory.create(), c -> Flux.fromArray(statements)
                .concatMap(s -> Flux.from(c.createStatement(s).execute()).concatMap(r -> r.getRowsUpdated())).then(),
                Connection::close).block(Duration.ofMinutes(3));
    }
}
