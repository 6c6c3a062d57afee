package io.reactiveorm.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.r2dbc.spi.Connection;
import io.r2dbc.spi.Result;
import io.r2dbc.spi.Row;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

class ResultContractTest {

  @TempDir Path dir;
  SqliteConnectionFactory factory;
  Connection c;

  @BeforeEach
  void setUp() {
    factory = Db.file(dir);
    c = Db.connect(factory);
    Db.update(c, "CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT)");
    Db.update(c, "INSERT INTO t (id, name) VALUES (1, 'a'), (2, 'b'), (3, 'c')");
  }

  @AfterEach
  void tearDown() {
    Db.close(c);
    Db.await(factory.close());
  }

  @Test
  void resultCanBeConsumedOnlyOnce() {
    Result r = Mono.from(c.createStatement("SELECT id FROM t").execute()).block(Db.TIMEOUT);
    assertThat(Flux.from(r.map((row, md) -> row.get(0, Long.class))).collectList().block())
        .containsExactly(1L, 2L, 3L);
    StepVerifier.create(r.map((row, md) -> row.get(0)))
        .expectError(IllegalStateException.class)
        .verify(Db.TIMEOUT);
    StepVerifier.create(r.getRowsUpdated()).expectError(IllegalStateException.class)
        .verify(Db.TIMEOUT);
  }

  @Test
  void rowIsValidOnlyInsideTheMappingFunction() {
    AtomicReference<Row> leaked = new AtomicReference<>();
    List<String> names = Flux.from(c.createStatement("SELECT name FROM t ORDER BY id").execute())
        .concatMap(r -> r.map((row, md) -> {
          leaked.set(row);
          return row.get("NAME", String.class); // names are case-insensitive
        }))
        .collectList().block(Db.TIMEOUT);
    assertThat(names).containsExactly("a", "b", "c");
    assertThatThrownBy(() -> leaked.get().get(0, String.class))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void updateCountsAndMetadata() {
    assertThat(Db.update(c, "UPDATE t SET name = 'z' WHERE id >= ?", 2)).isEqualTo(2);
    assertThat(Db.update(c, "DELETE FROM t WHERE id = $1", 99)).isZero();
    List<String> meta = Flux.from(c.createStatement("SELECT id, name AS label FROM t").execute())
        .concatMap(r -> r.map((row, md) -> md.getColumnMetadatas().get(1).getName()
            + "/" + md.getColumnMetadata("id").getNativeTypeMetadata()
            + "/" + md.contains("LABEL")))
        .take(1).collectList().block(Db.TIMEOUT);
    assertThat(meta).containsExactly("label/INTEGER/true");
  }

  @Test
  void getRowsUpdatedOnAQueryIsEmptyAndReleasesTheReader() {
    StepVerifier.create(Flux.from(c.createStatement("SELECT * FROM t").execute())
            .concatMap(Result::getRowsUpdated))
        .verifyComplete();
    assertThat(((SqliteConnection) c).openResults()).isEmpty();
  }

  @Test
  void filterAndFlatMapSeeSegments() {
    List<String> values = Flux.from(c.createStatement(
            "INSERT INTO t (name) VALUES ('d'), ('e') RETURNING id").execute())
        .concatMap(r -> r.flatMap(segment -> segment instanceof Result.RowSegment rs
            ? Mono.just("row:" + rs.row().get(0, Long.class))
            : Mono.just("count:" + ((Result.UpdateCount) segment).value())))
        .collectList().block(Db.TIMEOUT);
    assertThat(values).containsExactly("row:4", "row:5", "count:2");

    List<Long> counts = Flux.from(c.createStatement("UPDATE t SET name = 'q' RETURNING id")
            .execute())
        .concatMap(r -> r.filter(Result.UpdateCount.class::isInstance).flatMap(
            s -> Mono.just(((Result.UpdateCount) s).value())))
        .collectList().block(Db.TIMEOUT);
    assertThat(counts).containsExactly(5L);
  }

  @Test
  void mapWithReadable() {
    List<String> names = Flux.from(c.createStatement("SELECT name FROM t WHERE id < ? ORDER BY id")
            .bind(0, 3).execute())
        .concatMap(r -> r.map(readable -> readable.get(0, String.class)))
        .collectList().block(Db.TIMEOUT);
    assertThat(names).containsExactly("a", "b");
  }

  @Test
  void multipleBindingsYieldOneResultEach() {
    List<Long> counts = Flux.from(c.createStatement("INSERT INTO t (id, name) VALUES (?, ?)")
            .bind(0, 10).bind(1, "x").add()
            .bind(0, 11).bind(1, "y").add()
            .bind(0, 12).bind(1, "z").execute())
        .concatMap(Result::getRowsUpdated).collectList().block(Db.TIMEOUT);
    assertThat(counts).containsExactly(1L, 1L, 1L);
    assertThat(Db.query(c, "SELECT count(*) FROM t", r -> r.get(0, Long.class))).containsExactly(6L);
  }

  @Test
  void batchRunsStatementsInOrder() {
    List<String> out = Flux.from(c.createBatch()
            .add("INSERT INTO t (id, name) VALUES (20, 'b1')")
            .add("UPDATE t SET name = 'B' WHERE id IN (1, 20)")
            .add("SELECT name FROM t WHERE id = 20").execute())
        .concatMap(r -> r.flatMap(segment -> segment instanceof Result.RowSegment rs
            ? Mono.just(rs.row().get(0, String.class))
            : Mono.just("count:" + ((Result.UpdateCount) segment).value())))
        .collectList().block(Db.TIMEOUT);
    assertThat(out).containsExactly("count:1", "count:2", "B");
    assertThat(Db.query(c, "SELECT count(*) FROM t WHERE name = 'B'", r -> r.get(0, Long.class)))
        .containsExactly(2L);
  }

  @Test
  void bindingErrorsAreReportedEagerly() {
    var s = c.createStatement("SELECT * FROM t WHERE id = ? AND name = ?");
    assertThatThrownBy(() -> s.bind(2, 1)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> s.bind("nope", 1)).isInstanceOf(java.util.NoSuchElementException.class);
    assertThatThrownBy(() -> s.bind(0, null)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("value (use bindNull for NULL) must not be null");
    assertThatThrownBy(() -> s.bind(0, new Object())).isInstanceOf(IllegalArgumentException.class);
    s.bind(0, 1);
    assertThatThrownBy(s::execute).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void generatedValuesAreReturned() {
    List<Long> ids = Flux.from(c.createStatement("INSERT INTO t (name) VALUES (?)")
            .bind(0, "gen").returnGeneratedValues("id").execute())
        .concatMap(r -> r.map((row, md) -> row.get("id", Long.class)))
        .collectList().block(Db.TIMEOUT);
    assertThat(ids).containsExactly(4L);
    List<String> all = Flux.from(c.createStatement("INSERT INTO t (name) VALUES ('star');")
            .returnGeneratedValues().execute())
        .concatMap(r -> r.map((row, md) -> row.get("id", Long.class) + ":" + row.get("name")))
        .collectList().block(Db.TIMEOUT);
    assertThat(all).containsExactly("5:star");
  }

  @Test
  void validateAndMetadata() {
    assertThat(Mono.from(c.validate(io.r2dbc.spi.ValidationDepth.REMOTE)).block()).isTrue();
    assertThat(c.getMetadata().getDatabaseProductName()).isEqualTo("SQLite");
    assertThat(c.getMetadata().getDatabaseVersion()).startsWith("3.");
    assertThat(factory.getMetadata().getName()).isEqualTo("SQLite");
    Connection other = Db.connect(factory);
    Db.close(other);
    assertThat(Mono.from(other.validate(io.r2dbc.spi.ValidationDepth.LOCAL)).block()).isFalse();
  }
}
