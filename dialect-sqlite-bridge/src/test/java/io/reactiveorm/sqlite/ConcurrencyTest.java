package io.reactiveorm.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import io.r2dbc.spi.Connection;
import io.r2dbc.spi.Result;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

class ConcurrencyTest {

  @TempDir Path dir;

  @Test
  void readersAndTransactionalWritersNeverHitBusy() {
    SqliteConnectionFactory factory = Db.file(dir);
    Connection setup = Db.connect(factory);
    Db.update(setup, "CREATE TABLE t (id INTEGER PRIMARY KEY, w INTEGER, v TEXT)");
    Db.close(setup);
    AtomicLong reads = new AtomicLong();

    Flux<Long> readers = Flux.range(0, 8).flatMap(r -> Mono.usingWhen(factory.create(),
        c -> Flux.range(0, 40).concatMap(i -> Flux.from(
                c.createStatement("SELECT count(*), max(id) FROM t WHERE w >= ?").bind(0, 0)
                    .execute())
            .concatMap(res -> res.map((row, md) -> row.get(0, Long.class))))
            .doOnNext(n -> reads.incrementAndGet())
            .last(),
        Connection::close), 8);

    Flux<Long> writers = Flux.range(0, 2).flatMap(w -> Mono.usingWhen(factory.create(),
        c -> Flux.range(0, 25).concatMap(tx -> Mono.from(c.beginTransaction())
                .thenMany(Flux.range(0, 10).concatMap(i -> Flux.from(
                        c.createStatement("INSERT INTO t (w, v) VALUES (?, ?)")
                            .bind(0, w).bind(1, "row " + tx + "/" + i).execute())
                    .concatMap(Result::getRowsUpdated)))
                .then(Mono.from(c.commitTransaction())))
            .then(Mono.just(0L)),
        Connection::close), 2);

    try {
      Flux.merge(readers, writers).then().block(Duration.ofSeconds(60));
      Connection check = Db.connect(factory);
      assertThat(Db.query(check, "SELECT count(*) FROM t", r -> r.get(0, Long.class)))
          .containsExactly(500L);
      Db.close(check);
      assertThat(reads.get()).isEqualTo(8 * 40);
    } finally {
      Db.await(factory.close());
    }
  }
}
