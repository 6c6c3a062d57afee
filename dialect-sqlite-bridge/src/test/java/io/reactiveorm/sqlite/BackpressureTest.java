package io.reactiveorm.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import io.r2dbc.spi.Connection;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

class BackpressureTest {

  @TempDir Path dir;
  SqliteConnectionFactory factory;
  Connection c;

  @BeforeEach
  void setUp() {
    factory = Db.file(dir);
    c = Db.connect(factory);
    Db.update(c, "CREATE TABLE big (i INTEGER)");
    Db.update(c, "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 10000)"
        + " INSERT INTO big SELECT i FROM n");
    assertThat(Db.query(c, "SELECT count(*) FROM big", r -> r.get(0, Long.class)))
        .containsExactly(10_000L);
  }

  @AfterEach
  void tearDown() {
    Db.close(c);
    Db.await(factory.close());
  }

  @Test
  void readsOnlyWhatIsRequestedAndCancelClosesTheStatement() {
    SqliteResult result = (SqliteResult) Mono.from(
        c.createStatement("SELECT i FROM big ORDER BY i").execute()).block(Db.TIMEOUT);
    RowSource rows = (RowSource) result.source();
    assertThat(rows.rowsRead()).isZero();

    StepVerifier.create(result.map((row, md) -> row.get(0, Long.class)), 0)
        .thenRequest(10)
        .expectNext(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L)
        .then(() -> assertThat(rows.rowsRead()).isBetween(10L, 10L + RowSource.CHUNK))
        .thenRequest(5)
        .expectNextCount(5)
        .then(() -> assertThat(rows.rowsRead()).isBetween(15L, 15L + RowSource.CHUNK))
        .thenCancel()
        .verify(Db.TIMEOUT);

    awaitTrue(rows::isReleased);
    assertThat(rows.rowsRead()).isLessThan(100);
    assertThat(((SqliteConnection) c).openResults()).isEmpty();
  }

  @Test
  void unboundedDemandReadsEverything() {
    SqliteResult result = (SqliteResult) Mono.from(
        c.createStatement("SELECT i FROM big").execute()).block(Db.TIMEOUT);
    StepVerifier.create(result.map((row, md) -> row.get(0, Long.class)))
        .expectNextCount(10_000).verifyComplete();
    assertThat(((RowSource) result.source()).rowsRead()).isEqualTo(10_000);
    assertThat(((RowSource) result.source()).isReleased()).isTrue();
  }

  @Test
  void closingTheConnectionReleasesAnUnconsumedResult() {
    SqliteResult result = (SqliteResult) Mono.from(
        c.createStatement("SELECT i FROM big").execute()).block(Db.TIMEOUT);
    Db.close(c);
    awaitTrue(((RowSource) result.source())::isReleased);
    c = Db.connect(factory);
  }

  /** Test-side polling for an effect that happens on the bridge thread. */
  private static void awaitTrue(BooleanSupplier condition) {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (!condition.getAsBoolean()) {
      assertThat(System.nanoTime()).as("condition not met in time").isLessThan(deadline);
      Thread.onSpinWait();
    }
  }
}
