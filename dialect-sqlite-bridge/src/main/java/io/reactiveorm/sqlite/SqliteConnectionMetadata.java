package io.reactiveorm.sqlite;

import io.r2dbc.spi.ConnectionMetadata;

/**
 * Product name and SQLite library version.
 *
 * @param version SQLite library version, or {@code unknown} before the first connection opened
 */
record SqliteConnectionMetadata(String version) implements ConnectionMetadata {

  @Override
  public String getDatabaseProductName() {
    return "SQLite";
  }

  @Override
  public String getDatabaseVersion() {
    return version;
  }
}
