package io.reactiveorm.sqlite;

import io.r2dbc.spi.ConnectionFactory;
import io.reactiveorm.conformance.WritesConformance;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Writes and transactions on a SQLite database file: writes serialise on the bridge's one writer. */
class SqliteWritesTest extends WritesConformance {

  @RegisterExtension
  static final SqliteTestDatabase db = SqliteTestDatabase.file();

  @Override
  protected ConnectionFactory connectionFactory() {
    return db.connectionFactory();
  }

  @Override
  protected String schemaResource() {
    return "/conformance/sqlite-writes.sql";
  }
}
