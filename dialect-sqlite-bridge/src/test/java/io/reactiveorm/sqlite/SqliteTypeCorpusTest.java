package io.reactiveorm.sqlite;

import io.r2dbc.spi.ConnectionFactory;
import io.reactiveorm.conformance.TypeCorpus;
import io.reactiveorm.conformance.TypeCorpusConformance;
import java.util.Set;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The type corpus on a SQLite database file. */
class SqliteTypeCorpusTest extends TypeCorpusConformance {

  @RegisterExtension
  static final SqliteTestDatabase db = SqliteTestDatabase.file();

  @Override
  protected ConnectionFactory connectionFactory() {
    return db.connectionFactory();
  }

  @Override
  protected String schemaResource() {
    return "/conformance/sqlite.sql";
  }

  /** SQLite stores NaN as NULL; dates are kept to years 1 to 9999 (text order) and 6 fractional digits. */
  @Override
  protected Set<String> rejected() {
    return TypeCorpus.union(TypeCorpus.SUB_MICROSECOND, TypeCorpus.NON_FINITE,
        TypeCorpus.OUTSIDE_YEARS_1_TO_9999);
  }

  @Override
  protected boolean keepsDecimalScale() {
    return true;
  }
}
