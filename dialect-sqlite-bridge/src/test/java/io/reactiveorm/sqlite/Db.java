package io.reactiveorm.sqlite;

import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactoryOptions;
import io.r2dbc.spi.Result;
import io.r2dbc.spi.Statement;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Test helpers: factories and blocking shortcuts for test threads. */
final class Db {

  static final Duration TIMEOUT = Duration.ofSeconds(30);

  private Db() {}

  static SqliteConnectionFactory file(Path dir) {
    return SqliteConnectionFactory.file(dir.resolve("test.db"));
  }

  static SqliteConnectionFactory memory() {
    return SqliteConnectionFactory.of(ConnectionFactoryOptions.parse("r2dbc:sqlite:///:memory:"));
  }

  static Connection connect(SqliteConnectionFactory factory) {
    return factory.create().block(TIMEOUT);
  }

  static long update(Connection c, String sql, Object... args) {
    Statement s = c.createStatement(sql);
    for (int i = 0; i < args.length; i++) {
      s.bind(i, args[i]);
    }
    return Flux.from(s.execute()).concatMap(Result::getRowsUpdated)
        .reduce(0L, Long::sum).block(TIMEOUT);
  }

  static <T> List<T> query(Connection c, String sql, Function<io.r2dbc.spi.Row, T> f,
      Object... args) {
    Statement s = c.createStatement(sql);
    for (int i = 0; i < args.length; i++) {
      s.bind(i, args[i]);
    }
    return Flux.from(s.execute()).concatMap(r -> r.map((row, md) -> f.apply(row)))
        .collectList().block(TIMEOUT);
  }

  static void await(org.reactivestreams.Publisher<?> p) {
    Flux.from(p).then().block(TIMEOUT);
  }

  static void close(Connection c) {
    Mono.from(c.close()).block(TIMEOUT);
  }
}
