package io.reactiveorm.sqlite;

import io.r2dbc.spi.ConnectionFactory;
import io.reactiveorm.conformance.FaultsConformance;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.core.publisher.Mono;

/** Faults on a SQLite database file: an embedded database shows no other session's statements. */
class SqliteFaultsTest extends FaultsConformance {

  @RegisterExtension
  static final SqliteTestDatabase db = SqliteTestDatabase.file();

  @Override
  protected ConnectionFactory connectionFactory() {
    return db.connectionFactory();
  }

  @Override
  protected String schemaResource() {
    return "/conformance/sqlite-faults.sql";
  }

  @Override
  protected Mono<Long> runningSlowQueries() {
    return Mono.empty();
  }
}
