package io.reactiveorm.sqlite;

import io.r2dbc.spi.ConnectionFactoryOptions;
import io.r2dbc.spi.Option;
import java.time.Duration;

/**
 * Parsed factory settings.
 *
 * @param jdbcUrl sqlite-jdbc URL
 * @param memory whether the database lives in memory (then a single connection serves everything)
 * @param readers number of read-only reader connections (0 = everything on the writer)
 * @param busyTimeout SQLite busy timeout
 * @param threads bridge scheduler thread cap
 * @param queuedTasks bridge scheduler queue cap
 */
record SqliteOptions(
    String jdbcUrl, boolean memory, int readers, Duration busyTimeout, int threads, int queuedTasks) {

  static final Option<Integer> READERS = Option.valueOf("readers");
  static final Option<Object> BUSY_TIMEOUT = Option.valueOf("busyTimeout");
  static final Option<Integer> THREADS = Option.valueOf("threads");
  static final Option<Integer> QUEUE = Option.valueOf("queue");
  static final Option<String> MODE = Option.valueOf("mode");
  static final Option<String> CACHE = Option.valueOf("cache");

  static final int DEFAULT_READERS = 4;
  static final Duration DEFAULT_BUSY_TIMEOUT = Duration.ofSeconds(5);

  static SqliteOptions from(ConnectionFactoryOptions o) {
    Object dbValue = o.getValue(ConnectionFactoryOptions.DATABASE);
    if (dbValue == null || dbValue.toString().isBlank()) {
      throw new IllegalArgumentException("SQLite needs a database: a file path or :memory:");
    }
    String db = dbValue.toString();
    Object mode = o.getValue(MODE);
    Object cache = o.getValue(CACHE);
    boolean memory;
    String url;
    if (db.equals(":memory:")) {
      memory = true;
      url = "jdbc:sqlite::memory:";
    } else if (db.startsWith("file:")) {
      StringBuilder query = new StringBuilder();
      if (mode != null) {
        query.append("mode=").append(mode);
      }
      if (cache != null) {
        query.append(query.length() > 0 ? "&" : "").append("cache=").append(cache);
      }
      memory = "memory".equals(String.valueOf(mode)) || db.contains("mode=memory");
      url = "jdbc:sqlite:" + db + (query.length() > 0 ? (db.contains("?") ? "&" : "?") + query : "");
    } else {
      memory = false;
      boolean absolute = db.startsWith("/") || db.matches("^[A-Za-z]:[/\\\\].*");
      url = "jdbc:sqlite:" + (absolute ? db : "/" + db);
    }
    int readers = memory ? 0 : intOption(o, READERS, DEFAULT_READERS);
    Duration busy = durationOption(o.getValue(BUSY_TIMEOUT));
    int threads = intOption(o, THREADS, readers + 2);
    int queue = intOption(o, QUEUE, 10_000);
    if (readers < 0 || threads < 1 || queue < 1) {
      throw new IllegalArgumentException("readers must be >= 0, threads and queue >= 1");
    }
    return new SqliteOptions(url, memory, readers, busy, threads, queue);
  }

  private static int intOption(ConnectionFactoryOptions o, Option<Integer> option, int fallback) {
    Object v = o.getValue(option);
    return v == null ? fallback : v instanceof Number n ? n.intValue() : Integer.parseInt(v.toString());
  }

  private static Duration durationOption(Object v) {
    if (v == null) {
      return DEFAULT_BUSY_TIMEOUT;
    }
    if (v instanceof Duration d) {
      return d;
    }
    if (v instanceof Number n) {
      return Duration.ofMillis(n.longValue());
    }
    String s = v.toString();
    return s.matches("\\d+") ? Duration.ofMillis(Long.parseLong(s)) : Duration.parse(s);
  }
}
