package io.reactiveorm.sqlite;

import io.r2dbc.spi.ConnectionFactory;
import io.reactiveorm.conformance.BulkLoadConformance;
import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Bulk loads on a SQLite database file: multi-row INSERT on the bridge's one writer, ON CONFLICT on conflict. */
class SqliteBulkLoadTest extends BulkLoadConformance {

  @RegisterExtension
  static final SqliteTestDatabase db = SqliteTestDatabase.file();

  @Override
  protected ConnectionFactory connectionFactory() {
    return db.connectionFactory();
  }

  @Override
  protected List<String> schemaResources() {
    return List.of("/conformance/sqlite.sql", "/conformance/sqlite-writes.sql");
  }
}
