package io.reactiveorm.sqlite;

import io.r2dbc.spi.ConnectionFactory;
import io.reactiveorm.conformance.KeywordColumnsConformance;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Keyword, mixed-case and spaced identifiers on SQLite. */
class SqliteKeywordColumnsTest extends KeywordColumnsConformance {

  @RegisterExtension
  static final SqliteTestDatabase db = SqliteTestDatabase.file();

  @Override
  protected ConnectionFactory connectionFactory() {
    return db.connectionFactory();
  }

  @Override
  protected String schemaResource() {
    return "/conformance/sqlite-keywords.sql";
  }
}
