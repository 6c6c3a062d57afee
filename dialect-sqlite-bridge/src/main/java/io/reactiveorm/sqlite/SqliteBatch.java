package io.reactiveorm.sqlite;

import io.r2dbc.spi.Batch;
import java.util.ArrayList;
import java.util.List;
import reactor.core.publisher.Flux;

/** Unparameterised statements run one after the other, one {@code Result} each. */
final class SqliteBatch implements Batch {

  private final SqliteConnection connection;
  private final List<String> statements = new ArrayList<>();

  SqliteBatch(SqliteConnection connection) {
    this.connection = connection;
  }

  @Override
  public Batch add(String sql) {
    if (sql == null) {
      throw new IllegalArgumentException("sql must not be null");
    }
    statements.add(sql);
    return this;
  }

  @Override
  public Flux<SqliteResult> execute() {
    List<String> copy = List.copyOf(statements);
    return Flux.fromIterable(copy)
        .concatMap(sql -> new SqliteStatement(connection, sql).execute());
  }
}
