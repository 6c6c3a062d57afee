package io.reactiveorm.sqlite;

import io.r2dbc.spi.Row;
import io.r2dbc.spi.RowMetadata;

/**
 * A snapshot of one row's storage values. It is usable only while the mapping function that
 * received it runs; afterwards every access throws {@link IllegalStateException}.
 */
final class SqliteRow implements Row {

  private final Object[] values;
  private final SqliteRowMetadata metadata;
  private volatile boolean valid = true;

  SqliteRow(Object[] values, SqliteRowMetadata metadata) {
    this.values = values;
    this.metadata = metadata;
  }

  void invalidate() {
    valid = false;
  }

  @Override
  public <T> T get(int index, Class<T> type) {
    check();
    if (index < 0 || index >= values.length) {
      throw new IndexOutOfBoundsException("Column index " + index + " of " + values.length);
    }
    return Decoders.decode(values[index], type);
  }

  @Override
  public <T> T get(String name, Class<T> type) {
    check();
    return get(metadata.indexOf(name), type);
  }

  @Override
  public RowMetadata getMetadata() {
    return metadata;
  }

  private void check() {
    if (!valid) {
      throw new IllegalStateException("A Row is only valid inside the mapping function");
    }
  }
}
