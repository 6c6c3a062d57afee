package io.reactiveorm.sqlite;

import io.r2dbc.spi.ConnectionFactoryMetadata;
import io.reactiveorm.spi.Capabilities;
import io.reactiveorm.spi.Dialect;
import io.reactiveorm.spi.DialectProvider;

/**
 * Provides the SQLite dialect for {@link SqliteConnectionFactory} (connection factory metadata name
 * {@code SQLite}). Found through {@link java.util.ServiceLoader}.
 *
 * @since 0.1
 */
public final class SqliteDialectProvider implements DialectProvider {

  /** Creates the provider (called by {@link java.util.ServiceLoader}). */
  public SqliteDialectProvider() {}

  @Override
  public boolean supports(ConnectionFactoryMetadata metadata) {
    return "SQLite".equalsIgnoreCase(metadata.getName());
  }

  @Override
  public Dialect create() {
    return dialect();
  }

  /**
   * The bridge reads rows in demand-sized chunks and ignores the fetch size, so none is asked for.
   *
   * @return the SQLite dialect
   */
  public static Dialect dialect() {
    return new Dialect("SQLite", new SqliteSqlSyntax(), new SqliteJsonSyntax(),
        new Capabilities(Capabilities.BinaryText.HEX, 0));
  }
}
