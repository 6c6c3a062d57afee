package io.reactiveorm.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactories;
import io.r2dbc.spi.ConnectionFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reactor.core.publisher.Mono;

class DiscoveryTest {

  @TempDir Path dir;

  private static long roundTrip(ConnectionFactory cf) {
    Connection c = Mono.from(cf.create()).block(Db.TIMEOUT);
    try {
      Db.update(c, "CREATE TABLE t (x INTEGER)");
      Db.update(c, "INSERT INTO t VALUES (?)", 41);
      return Db.query(c, "SELECT x + 1 FROM t", r -> r.get(0, Long.class)).get(0);
    } finally {
      Db.close(c);
    }
  }

  @Test
  void fileUrl() {
    Path file = dir.resolve("disc.db");
    ConnectionFactory cf = ConnectionFactories.get("r2dbc:sqlite://" + file.toAbsolutePath()
        + "?busyTimeout=2000&readers=2");
    assertThat(cf).isInstanceOf(SqliteConnectionFactory.class);
    assertThat(cf.getMetadata().getName()).isEqualTo("SQLite");
    try {
      assertThat(roundTrip(cf)).isEqualTo(42);
      assertThat(Files.exists(file)).isTrue();
      assertThat(Files.exists(dir.resolve("disc.db-wal"))).as("WAL journal").isTrue();
    } finally {
      Db.await(((SqliteConnectionFactory) cf).close());
    }
  }

  @Test
  void memoryUrl() {
    SqliteConnectionFactory cf =
        (SqliteConnectionFactory) ConnectionFactories.get("r2dbc:sqlite:///:memory:");
    try {
      assertThat(roundTrip(cf)).isEqualTo(42);
      assertThat(cf.hasReaders()).isFalse();
    } finally {
      Db.await(cf.close());
    }
    assertThat(cf.isDisposed()).isTrue();
  }

  @Test
  void namedSharedMemoryUrlIsVisibleAcrossConnections() {
    SqliteConnectionFactory cf = (SqliteConnectionFactory) ConnectionFactories.get(
        "r2dbc:sqlite:///file:disc_shared?mode=memory&cache=shared");
    try {
      assertThat(roundTrip(cf)).isEqualTo(42);
      Connection c = Db.connect(cf);
      assertThat(Db.query(c, "SELECT count(*) FROM t", r -> r.get(0, Long.class)))
          .containsExactly(1L);
      Db.close(c);
    } finally {
      Db.await(cf.close());
    }
  }

  @Test
  void optionsParsing() {
    SqliteOptions o = SqliteOptions.from(io.r2dbc.spi.ConnectionFactoryOptions.parse(
        "r2dbc:sqlite:///tmp/x.db?readers=3&busyTimeout=PT2S&threads=4"));
    assertThat(o.jdbcUrl()).isEqualTo("jdbc:sqlite:/tmp/x.db");
    assertThat(o.readers()).isEqualTo(3);
    assertThat(o.busyTimeout()).hasSeconds(2);
    assertThat(o.threads()).isEqualTo(4);
    SqliteOptions m = SqliteOptions.from(io.r2dbc.spi.ConnectionFactoryOptions.parse(
        "r2dbc:sqlite:///file:n?mode=memory&cache=shared"));
    assertThat(m.jdbcUrl()).isEqualTo("jdbc:sqlite:file:n?mode=memory&cache=shared");
    assertThat(m.memory()).isTrue();
    assertThat(m.readers()).isZero();
  }
}
