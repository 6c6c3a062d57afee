package io.reactiveorm.sqlite;

import io.r2dbc.spi.ConnectionFactoryOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A fresh SQLite database per test class: a file in a new temporary directory, or a named shared
 * in-memory database. The factory is closed (and the directory deleted) after the class's own
 * {@code @AfterAll} methods, so ORMs and pools built on it can close first.
 */
final class SqliteTestDatabase implements BeforeAllCallback, AfterAllCallback {
  private final boolean memory;
  private Path dir;
  private String url;
  private SqliteConnectionFactory factory;

  private SqliteTestDatabase(boolean memory) {
    this.memory = memory;
  }

  /** @return a database file in a temporary directory */
  static SqliteTestDatabase file() {
    return new SqliteTestDatabase(false);
  }

  /** @return a shared in-memory database with a unique name */
  static SqliteTestDatabase sharedMemory() {
    return new SqliteTestDatabase(true);
  }

  @Override
  public void beforeAll(ExtensionContext context) throws IOException {
    if (memory) {
      url = "r2dbc:sqlite:///file:ro_" + UUID.randomUUID().toString().replace("-", "")
          + "?mode=memory&cache=shared";
    } else {
      dir = Files.createTempDirectory("ro-sqlite-");
      url = "r2dbc:sqlite:///" + dir.resolve("test.db").toAbsolutePath();
    }
    factory = SqliteConnectionFactory.of(ConnectionFactoryOptions.parse(url));
  }

  @Override
  public void afterAll(ExtensionContext context) throws IOException {
    try {
      if (factory != null) {
        factory.close().block(Duration.ofSeconds(30));
      }
    } finally {
      if (dir != null) {
        try (Stream<Path> files = Files.walk(dir)) {
          files.sorted(Comparator.reverseOrder()).forEach(SqliteTestDatabase::delete);
        }
      }
    }
  }

  private static void delete(Path path) {
    try {
      Files.deleteIfExists(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** @return another factory on the same database, which the caller closes */
  SqliteConnectionFactory newFactory() {
    return SqliteConnectionFactory.of(ConnectionFactoryOptions.parse(url));
  }

  /** @return the JDBC URL of the same database file, for test fixtures set up through sqlite-jdbc */
  String jdbcUrl() {
    if (dir == null) {
      throw new IllegalStateException("only a database file has a JDBC URL of its own");
    }
    return "jdbc:sqlite:" + dir.resolve("test.db").toAbsolutePath();
  }

  /** @return the factory (one per test class) */
  SqliteConnectionFactory connectionFactory() {
    return factory;
  }

  /** @return its R2DBC URL */
  String url() {
    return url;
  }
}
