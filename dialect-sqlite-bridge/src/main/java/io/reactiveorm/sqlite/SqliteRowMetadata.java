package io.reactiveorm.sqlite;

import io.r2dbc.spi.RowMetadata;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;

/** Columns of a result; names are matched case-insensitively, first occurrence wins. */
final class SqliteRowMetadata implements RowMetadata {

  private final List<SqliteColumnMetadata> columns;
  private final Map<String, Integer> byName = new HashMap<>();

  SqliteRowMetadata(List<SqliteColumnMetadata> columns) {
    this.columns = List.copyOf(columns);
    for (int i = 0; i < columns.size(); i++) {
      byName.putIfAbsent(columns.get(i).name().toLowerCase(Locale.ROOT), i);
    }
  }

  /** Reads column labels and declared types (bridge thread only). */
  static SqliteRowMetadata read(ResultSetMetaData md) throws SQLException {
    int n = md.getColumnCount();
    List<SqliteColumnMetadata> columns = new ArrayList<>(n);
    for (int i = 1; i <= n; i++) {
      columns.add(new SqliteColumnMetadata(md.getColumnLabel(i), md.getColumnTypeName(i)));
    }
    return new SqliteRowMetadata(columns);
  }

  int size() {
    return columns.size();
  }

  int indexOf(String name) {
    Integer i = byName.get(name.toLowerCase(Locale.ROOT));
    if (i == null) {
      throw new NoSuchElementException("No column named '" + name + "' in " + byName.keySet());
    }
    return i;
  }

  @Override
  public SqliteColumnMetadata getColumnMetadata(int index) {
    if (index < 0 || index >= columns.size()) {
      throw new IndexOutOfBoundsException("Column index " + index + " of " + columns.size());
    }
    return columns.get(index);
  }

  @Override
  public SqliteColumnMetadata getColumnMetadata(String name) {
    return columns.get(indexOf(name));
  }

  @Override
  public List<SqliteColumnMetadata> getColumnMetadatas() {
    return columns;
  }

  @Override
  public boolean contains(String name) {
    return byName.containsKey(name.toLowerCase(Locale.ROOT));
  }
}
