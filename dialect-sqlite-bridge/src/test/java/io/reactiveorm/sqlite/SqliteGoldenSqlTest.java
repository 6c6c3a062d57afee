package io.reactiveorm.sqlite;

import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.ConnectionFactoryOptions;
import io.reactiveorm.conformance.GoldenSqlConformance;
import io.reactiveorm.spi.Dialect;
import org.junit.jupiter.api.AfterAll;

/** Golden SQL of the reference queries on SQLite. */
class SqliteGoldenSqlTest extends GoldenSqlConformance {
  private static final SqliteConnectionFactory UNUSED =
      SqliteConnectionFactory.of(ConnectionFactoryOptions.parse("r2dbc:sqlite:///:memory:"));

  @AfterAll
  static void closeFactory() {
    UNUSED.close().block();
  }

  @Override
  protected Dialect dialect() {
    return SqliteDialectProvider.dialect();
  }

  @Override
  protected ConnectionFactory unusedConnectionFactory() {
    return UNUSED;
  }
}
