package io.reactiveorm.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import io.r2dbc.spi.Connection;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reactor.blockhound.BlockingOperationError;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import reactor.test.StepVerifier;

class BlockHoundTest {

  @TempDir Path dir;

  @Test
  void rawJdbcOnAParallelThreadIsFlagged() throws Exception {
    // proves that BlockHound is installed and sees sqlite-jdbc's native calls: the library is
    // loaded on this (blocking-allowed) thread first, so only the NativeDB marks can fire below
    DriverManager.getConnection("jdbc:sqlite::memory:").close();
    StepVerifier.create(Mono.fromCallable(() -> {
          try (var c = DriverManager.getConnection("jdbc:sqlite::memory:")) {
            return c.createStatement().execute("SELECT 1");
          }
        }).subscribeOn(Schedulers.parallel()))
        .expectErrorSatisfies(e -> {
          Throwable root = e;
          while (root.getCause() != null) {
            root = root.getCause();
          }
          assertThat(root).isInstanceOf(BlockingOperationError.class)
              .hasMessageContaining("org.sqlite.core.NativeDB");
        })
        .verify(Db.TIMEOUT);
  }

  @Test
  void bridgeUsedFromParallelThreadsNeverBlocksThem() {
    SqliteConnectionFactory factory = Db.file(dir);
    Mono<List<Long>> work = Mono.usingWhen(factory.create(),
        c -> exec(c, "CREATE TABLE t (x INTEGER)")
            .then(Mono.from(c.beginTransaction()).publishOn(Schedulers.parallel()))
            .then(Flux.range(1, 300).concatMap(i -> Flux.from(
                    c.createStatement("INSERT INTO t VALUES (?)").bind(0, i).execute())
                .publishOn(Schedulers.parallel())
                .concatMap(r -> r.getRowsUpdated())).then())
            .then(Mono.from(c.commitTransaction()).publishOn(Schedulers.parallel()))
            .thenMany(Flux.from(c.createStatement("SELECT x FROM t ORDER BY x").execute())
                .publishOn(Schedulers.parallel())
                .concatMap(r -> r.map((row, md) -> row.get(0, Long.class)))
                .publishOn(Schedulers.parallel(), 8))
            .collectList(),
        Connection::close);
    try {
      List<Long> xs = work.subscribeOn(Schedulers.parallel()).block(Db.TIMEOUT);
      assertThat(xs).hasSize(300).startsWith(1L, 2L).endsWith(300L);
    } finally {
      Mono.from(factory.close()).subscribeOn(Schedulers.parallel()).block(Db.TIMEOUT);
    }
    assertThat(factory.isDisposed()).isTrue();
  }

  private static Mono<Void> exec(Connection c, String sql) {
    return Flux.from(c.createStatement(sql).execute()).concatMap(r -> r.getRowsUpdated()).then();
  }
}
