package io.reactiveorm.sqlite;

import io.r2dbc.spi.Connection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Rows per second of a 100,000-row read of one SQLite file: through the R2DBC bridge (mapping three
 * columns in the row callback) against a plain JDBC loop doing the same, interleaved, with medians
 * over the repetitions. Not a unit test; run it with
 * {@code java -cp <test classpath> io.reactiveorm.sqlite.BridgeThroughput [rows] [repetitions]}.
 */
public final class BridgeThroughput {
  private static final String SQL = "SELECT id, name, amount FROM item";

  private BridgeThroughput() {}

  /** One mapped row. */
  record Item(long id, String name, double amount) {}

  /**
   * @param args optional row count (default 100,000) and repetitions (default 5)
   * @throws Exception on any failure
   */
  public static void main(String[] args) throws Exception {
    int rows = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    int repetitions = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    Path dir = Files.createTempDirectory("ro-sqlite-bench-");
    Path file = dir.resolve("bench.db");
    try (java.sql.Connection jdbc = DriverManager.getConnection("jdbc:sqlite:" + file)) {
      fill(jdbc, rows);
      SqliteConnectionFactory factory = SqliteConnectionFactory.file(file);
      try {
        for (int i = 0; i < 3; i++) { // warm-up
          bridge(factory, rows);
          jdbc(jdbc, rows);
        }
        double[] bridge = new double[repetitions];
        double[] plain = new double[repetitions];
        for (int i = 0; i < repetitions; i++) {
          bridge[i] = bridge(factory, rows);
          plain[i] = jdbc(jdbc, rows);
          System.out.printf(Locale.ROOT, "run %d: bridge %,.0f rows/s, jdbc %,.0f rows/s%n", i + 1, bridge[i], plain[i]);
        }
        double b = median(bridge);
        double j = median(plain);
        System.out.printf(Locale.ROOT, "median of %d: bridge %,.0f rows/s, jdbc %,.0f rows/s, ratio %.2f%n",
            repetitions, b, j, b / j);
      } finally {
        factory.close().block(Duration.ofSeconds(30));
      }
    } finally {
      Files.deleteIfExists(file);
      Files.deleteIfExists(dir.resolve("bench.db-wal"));
      Files.deleteIfExists(dir.resolve("bench.db-shm"));
      Files.deleteIfExists(dir);
    }
  }

  private static void fill(java.sql.Connection jdbc, int rows) throws Exception {
    try (java.sql.Statement s = jdbc.createStatement()) {
      s.execute("CREATE TABLE item (id INTEGER PRIMARY KEY, name TEXT NOT NULL, amount REAL, extra TEXT)");
    }
    jdbc.setAutoCommit(false);
    try (PreparedStatement ps = jdbc.prepareStatement("INSERT INTO item VALUES (?, ?, ?, ?)")) {
      for (int i = 1; i <= rows; i++) {
        ps.setLong(1, i);
        ps.setString(2, "item number " + i);
        ps.setDouble(3, i / 7.0);
        ps.setString(4, "unused");
        ps.addBatch();
        if (i % 1000 == 0) {
          ps.executeBatch();
        }
      }
      ps.executeBatch();
    }
    jdbc.commit();
    jdbc.setAutoCommit(true);
  }

  private static double bridge(SqliteConnectionFactory factory, int rows) {
    long start = System.nanoTime();
    List<Item> items = Mono.usingWhen(factory.create(),
        c -> Flux.from(c.createStatement(SQL).execute())
            .concatMap(r -> r.map((row, md) -> new Item(row.get(0, Long.class), row.get(1, String.class),
                row.get(2, Double.class))))
            .collectList(),
        Connection::close).block(Duration.ofMinutes(5));
    return rate(rows, start, items);
  }

  private static double jdbc(java.sql.Connection jdbc, int rows) throws Exception {
    long start = System.nanoTime();
    List<Item> items = new ArrayList<>();
    try (PreparedStatement ps = jdbc.prepareStatement(SQL); ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        items.add(new Item(rs.getLong(1), rs.getString(2), rs.getDouble(3)));
      }
    }
    return rate(rows, start, items);
  }

  private static double rate(int rows, long start, List<Item> items) {
    double seconds = (System.nanoTime() - start) / 1e9;
    if (items.size() != rows || items.get(rows - 1).id() != rows) {
      throw new IllegalStateException("read " + items.size() + " rows");
    }
    return rows / seconds;
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }
}
