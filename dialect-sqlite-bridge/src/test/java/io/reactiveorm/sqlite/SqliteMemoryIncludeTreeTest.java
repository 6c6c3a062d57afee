package io.reactiveorm.sqlite;

import io.r2dbc.spi.ConnectionFactory;
import io.reactiveorm.conformance.IncludeTreeConformance;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The include-tree conformance suite on a shared in-memory SQLite database (one connection for everything). */
class SqliteMemoryIncludeTreeTest extends IncludeTreeConformance {

  @RegisterExtension
  static final SqliteTestDatabase db = SqliteTestDatabase.sharedMemory();

  @Override
  protected ConnectionFactory connectionFactory() {
    return db.connectionFactory();
  }

  @Override
  protected String schemaResource() {
    return "/conformance/sqlite.sql";
  }
}
