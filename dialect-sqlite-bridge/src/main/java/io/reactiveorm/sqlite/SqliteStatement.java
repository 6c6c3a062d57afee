package io.reactiveorm.sqlite;

import io.r2dbc.spi.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import reactor.core.publisher.Flux;

/**
 * A parameterised statement. Parameters bind by 0-based index or by marker name ({@code $1},
 * {@code ?1}, {@code :name}); values are converted to their storage form when bound ({@code Blob}
 * and {@code Clob} are read when the statement executes). Each binding set added with
 * {@link #add()} yields one {@code Result}; a trailing {@code add()} without bindings after it
 * fails. Text of several statements ({@code INSERT ..; SELECT ..}) runs them all in order, one
 * {@code Result} each, and takes no parameters.
 */
final class SqliteStatement implements Statement {

  private final SqliteConnection connection;
  private final ParsedSql parsed;
  private final List<ParsedSql> compound;
  private final List<Object[]> bindings = new ArrayList<>();
  private Object[] current;
  private String[] generatedColumns;

  SqliteStatement(SqliteConnection connection, String sql) {
    this.connection = connection;
    if (sql == null) {
      throw new IllegalArgumentException("sql must not be null");
    }
    List<String> statements = ParsedSql.statements(sql);
    this.compound = statements.size() > 1 ? statements.stream().map(ParsedSql::parse).toList() : List.of();
    if (compound.stream().anyMatch(p -> p.parameterCount() > 0)) {
      throw new IllegalArgumentException("Bind parameters need a single statement, got "
          + statements.size() + " in: " + sql);
    }
    this.parsed = ParsedSql.parse(sql);
    this.current = new Object[parsed.parameterCount()];
  }

  @Override
  public Statement add() {
    checkComplete(current);
    bindings.add(current);
    current = new Object[parsed.parameterCount()];
    return this;
  }

  @Override
  public Statement bind(int index, Object value) {
    current[check(index)] = Codecs.encode(required(value, "value (use bindNull for NULL)"));
    return this;
  }

  @Override
  public Statement bind(String name, Object value) {
    return bind(parsed.indexOf(required(name, "name")) - 1, value);
  }

  @Override
  public Statement bindNull(int index, Class<?> type) {
    current[check(index)] = new Codecs.Null(required(type, "type"));
    return this;
  }

  @Override
  public Statement bindNull(String name, Class<?> type) {
    return bindNull(parsed.indexOf(required(name, "name")) - 1, type);
  }

  /** Appends {@code RETURNING cols} (or {@code RETURNING *}) to INSERT/UPDATE/DELETE. */
  @Override
  public Statement returnGeneratedValues(String... columns) {
    generatedColumns = required(columns, "columns").clone();
    return this;
  }

  private static <T> T required(T value, String name) {
    if (value == null) {
      throw new IllegalArgumentException(name + " must not be null");
    }
    return value;
  }

  @Override
  public Statement fetchSize(int rows) {
    return this; // rows are always fetched in demand-sized chunks
  }

  @Override
  public Flux<SqliteResult> execute() {
    if (!compound.isEmpty()) {
      return Flux.fromIterable(compound).concatMap(p -> connection.run(p, p.sql(), new Object[0]));
    }
    List<Object[]> all = new ArrayList<>(bindings);
    boolean currentUsed = Arrays.stream(current).anyMatch(Objects::nonNull);
    if (!currentUsed && !all.isEmpty() && current.length > 0) {
      throw new IllegalStateException("add() after the last binding set: bind it or drop the add()");
    }
    if (currentUsed || all.isEmpty()) {
      checkComplete(current);
      all.add(current);
    }
    String sql = sqlToRun();
    return Flux.fromIterable(all).concatMap(values -> Codecs.readLobs(values)
        .flatMap(read -> connection.run(parsed, sql, read)));
  }

  private String sqlToRun() {
    String sql = parsed.sql();
    if (generatedColumns == null || !parsed.returnsRowCount()
        || sql.toUpperCase(Locale.ROOT).contains("RETURNING")) {
      return sql;
    }
    String trimmed = sql.strip();
    while (trimmed.endsWith(";")) {
      trimmed = trimmed.substring(0, trimmed.length() - 1).strip();
    }
    String columns = generatedColumns.length == 0 ? "*" : String.join(", ", generatedColumns);
    return trimmed + " RETURNING " + columns;
  }

  private int check(int index) {
    if (index < 0 || index >= current.length) {
      throw new IndexOutOfBoundsException(
          "Parameter index " + index + " out of range [0, " + current.length + ")");
    }
    return index;
  }

  private void checkComplete(Object[] values) {
    for (int i = 0; i < values.length; i++) {
      if (values[i] == null) {
        throw new IllegalStateException("Parameter " + i + " is not bound in: " + parsed.sql());
      }
    }
  }
}
