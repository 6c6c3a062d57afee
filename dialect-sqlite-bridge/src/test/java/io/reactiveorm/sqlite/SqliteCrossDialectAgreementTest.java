package io.reactiveorm.sqlite;

import io.r2dbc.spi.ConnectionFactory;
import io.reactiveorm.conformance.CrossDialectAgreementTest;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The cross-dialect agreement suite on a SQLite database file (writer plus reader connections). */
class SqliteCrossDialectAgreementTest extends CrossDialectAgreementTest {

  @RegisterExtension
  static final SqliteTestDatabase db = SqliteTestDatabase.file();

  @Override
  protected ConnectionFactory connectionFactory() {
    return db.connectionFactory();
  }

  @Override
  protected String schemaResource() {
    return "/conformance/agreement-sqlite.sql";
  }

  /** SQLite stores -0.0 as 0.0. */
  @Override
  protected boolean storesNegativeZero() {
    return false;
  }
}
