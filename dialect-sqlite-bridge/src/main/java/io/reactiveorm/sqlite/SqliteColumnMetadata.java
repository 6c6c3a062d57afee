package io.reactiveorm.sqlite;

import io.r2dbc.spi.ColumnMetadata;
import io.r2dbc.spi.Nullability;
import io.r2dbc.spi.R2dbcType;
import io.r2dbc.spi.Type;
import java.util.Locale;

/**
 * A result column: its label and declared type (SQLite types are per value; the declared type only
 * hints at the column's affinity).
 *
 * @param name column label
 * @param declaredType declared type from the schema, or empty for expressions
 */
record SqliteColumnMetadata(String name, String declaredType) implements ColumnMetadata {

  @Override
  public String getName() {
    return name;
  }

  @Override
  public Type getType() {
    String t = declaredType == null ? "" : declaredType.toUpperCase(Locale.ROOT);
    if (t.contains("BOOL")) {
      return R2dbcType.BOOLEAN;
    }
    if (t.contains("INT")) {
      return R2dbcType.BIGINT;
    }
    if (t.contains("CHAR") || t.contains("CLOB") || t.contains("TEXT")) {
      return R2dbcType.VARCHAR;
    }
    if (t.contains("BLOB") || t.isEmpty()) {
      return R2dbcType.VARBINARY;
    }
    if (t.contains("REAL") || t.contains("FLOA") || t.contains("DOUB")) {
      return R2dbcType.DOUBLE;
    }
    if (t.contains("TIMESTAMP") || t.contains("DATETIME")) {
      return R2dbcType.TIMESTAMP;
    }
    if (t.contains("DATE")) {
      return R2dbcType.DATE;
    }
    if (t.contains("TIME")) {
      return R2dbcType.TIME;
    }
    return R2dbcType.NUMERIC;
  }

  @Override
  public Object getNativeTypeMetadata() {
    return declaredType;
  }

  @Override
  public Nullability getNullability() {
    return Nullability.UNKNOWN;
  }
}
