package io.reactiveorm.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import io.r2dbc.pool.ConnectionPool;
import io.r2dbc.spi.Connection;
import io.reactiveorm.Id;
import io.reactiveorm.Orm;
import io.reactiveorm.Sort;
import io.reactiveorm.Table;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.reactivestreams.Subscription;
import reactor.core.publisher.BaseSubscriber;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

/** Streaming through the ORM on a SQLite file: demand-driven reads, completion, and cancellation. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SqliteOrmStreamingTest {
  private static final int ROWS = 10_000;

  @RegisterExtension
  static final SqliteTestDatabase db = SqliteTestDatabase.file();

  private Orm orm;

  /** One streamed row. */
  @Table("stream_item")
  record Item(@Id Long id, String name, Double amount) {}

  @BeforeAll
  void fill() {
    Connection c = Db.connect(db.connectionFactory());
    try {
      Db.update(c, "CREATE TABLE stream_item (id INTEGER PRIMARY KEY, name TEXT NOT NULL, amount REAL)");
      Db.update(c, "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < " + ROWS + ") "
          + "INSERT INTO stream_item SELECT i, 'item ' || i, i / 4.0 FROM n");
    } finally {
      Db.close(c);
    }
    orm = Orm.builder(db.connectionFactory()).pool(true, 4).build();
  }

  @AfterAll
  void closeOrm() {
    orm.close().block(Duration.ofSeconds(10));
  }

  @Test
  void theDialectIsFoundFromTheDriver() {
    assertThat(orm.dialect().name()).isEqualTo("SQLite");
  }

  @Test
  void aSubscriberRequestingTenAtATimeGetsEveryRowInOrder() throws InterruptedException {
    List<Long> ids = new ArrayList<>();
    AtomicLong outstanding = new AtomicLong();
    AtomicLong maxOutstanding = new AtomicLong();
    AtomicReference<Throwable> error = new AtomicReference<>();
    CountDownLatch done = new CountDownLatch(1);
    orm.from(Item.class).orderBy(Sort.asc("id")).fetchAll().subscribe(new BaseSubscriber<Item>() {
      @Override
      protected void hookOnSubscribe(Subscription subscription) {
        ask(10);
      }

      @Override
      protected void hookOnNext(Item item) {
        if (outstanding.decrementAndGet() < 0) {
          error.compareAndSet(null, new AssertionError("a row beyond the demand: " + item.id()));
        }
        ids.add(item.id());
        if (ids.size() % 10 == 0) {
          ask(10);
        }
      }

      private void ask(long n) {
        maxOutstanding.accumulateAndGet(outstanding.addAndGet(n), Math::max);
        request(n);
      }

      @Override
      protected void hookOnError(Throwable throwable) {
        error.set(throwable);
      }

      @Override
      protected void hookFinally(reactor.core.publisher.SignalType type) {
        done.countDown();
      }
    });
    assertThat(done.await(60, TimeUnit.SECONDS)).as("completed").isTrue();
    assertThat(error.get()).isNull();
    assertThat(maxOutstanding.get()).isEqualTo(10);
    assertThat(ids).hasSize(ROWS).isSorted().startsWith(1L, 2L).endsWith((long) ROWS);
    assertIdle();
  }

  @Test
  void cancellingAfterAHundredRowsReleasesTheConnection() {
    StepVerifier.create(orm.from(Item.class).orderBy(Sort.asc("id")).fetchAll(), 0)
        .thenRequest(50).expectNextCount(50)
        .thenRequest(50).expectNextCount(50)
        .thenCancel().verify(Duration.ofSeconds(30));
    StepVerifier.create(orm.from(Item.class).fetchAll().take(100)).expectNextCount(100).verifyComplete();
    assertIdle();
    assertThat(orm.from(Item.class).count().block(Duration.ofSeconds(30))).isEqualTo(ROWS);
  }

  @Test
  void anOffsetWithoutALimitSkipsRows() {
    List<Item> tail = orm.from(Item.class).orderBy(Sort.asc("id")).offset(ROWS - 3).fetchAll()
        .collectList().block(Duration.ofSeconds(30));
    assertThat(tail).containsExactly(new Item(ROWS - 2L, "item " + (ROWS - 2), (ROWS - 2) / 4.0),
        new Item(ROWS - 1L, "item " + (ROWS - 1), (ROWS - 1) / 4.0), new Item((long) ROWS, "item " + ROWS, ROWS / 4.0));
  }

  private void assertIdle() {
    ConnectionPool pool = (ConnectionPool) orm.connectionFactory();
    StepVerifier.create(Flux.interval(Duration.ofMillis(20)).map(i -> pool.getMetrics().orElseThrow().acquiredSize())
        .filter(n -> n == 0).next()).expectNext(0).verifyComplete();
  }
}
