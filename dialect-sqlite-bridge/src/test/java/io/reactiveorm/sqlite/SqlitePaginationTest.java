package io.reactiveorm.sqlite;

import io.r2dbc.spi.ConnectionFactory;
import io.reactiveorm.conformance.PaginationConformance;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The pagination conformance suite on a SQLite database file. */
class SqlitePaginationTest extends PaginationConformance {

  @RegisterExtension
  static final SqliteTestDatabase db = SqliteTestDatabase.file();

  @Override
  protected ConnectionFactory connectionFactory() {
    return db.connectionFactory();
  }
}
