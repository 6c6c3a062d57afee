package io.reactiveorm.sqlite;

import io.r2dbc.spi.ConnectionFactoryMetadata;
import io.reactiveorm.spi.Capabilities;
import io.reactiveorm.spi.Dialect;
import io.reactiveorm.spi.DialectProvider;
import io.reactiveorm.spi.ValueLimits;
import java.time.LocalDate;

/**
 * Provides the SQLite dialect for {@link SqliteConnectionFactory} (connection factory metadata name
 * {@code SQLite}). Found through {@link java.util.ServiceLoader}.
 *
 * @since 0.1
 */
public final class SqliteDialectProvider implements DialectProvider {

  /** Creates the provider (called by {@link java.util.ServiceLoader}). */
  public SqliteDialectProvider() {}

  @Override
  public boolean supports(ConnectionFactoryMetadata metadata) {
    return "SQLite".equalsIgnoreCase(metadata.getName());
  }

  @Override
  public Dialect create() {
    return dialect();
  }

  /**
   * Dates are ISO text, kept to years 1 to 9999 so that text order is time order; times keep 6 fractional digits;
   * a REAL NaN is stored as NULL; decimals are text and keep their scale.
   */
  private static final ValueLimits VALUES =
      new ValueLimits(LocalDate.of(1, 1, 1), LocalDate.of(9999, 12, 31), 6, false, Float.MAX_VALUE, true);

  /**
   * The bridge reads rows in demand-sized chunks and ignores the fetch size, so none is asked for.
   *
   * @return the SQLite dialect
   */
  public static Dialect dialect() {
    return new Dialect("SQLite", new SqliteSqlSyntax(), new SqliteJsonSyntax(),
        new Capabilities(Capabilities.BinaryText.HEX, 0, false, VALUES));
  }
}
