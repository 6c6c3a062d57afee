package io.reactiveorm.sqlite;

import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.ConnectionFactoryOptions;
import io.r2dbc.spi.ConnectionFactoryProvider;

/**
 * Discovers {@link SqliteConnectionFactory} for driver {@code sqlite}: URLs
 * {@code r2dbc:sqlite:///absolute/path/file.db}, {@code r2dbc:sqlite:///:memory:} and
 * {@code r2dbc:sqlite:///file:name?mode=memory&cache=shared}, with optional query options
 * {@code readers}, {@code busyTimeout}, {@code threads}, {@code queue}.
 */
public final class SqliteConnectionFactoryProvider implements ConnectionFactoryProvider {

  /** The R2DBC driver name. */
  public static final String DRIVER = "sqlite";

  @Override
  public ConnectionFactory create(ConnectionFactoryOptions options) {
    return SqliteConnectionFactory.of(options);
  }

  @Override
  public boolean supports(ConnectionFactoryOptions options) {
    return DRIVER.equals(options.getValue(ConnectionFactoryOptions.DRIVER));
  }

  @Override
  public String getDriver() {
    return DRIVER;
  }
}
