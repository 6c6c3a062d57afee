package io.reactiveorm.sqlite;

import io.r2dbc.spi.Closeable;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.ConnectionFactoryMetadata;
import io.r2dbc.spi.ConnectionFactoryOptions;
import io.r2dbc.spi.R2dbcNonTransientResourceException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.sqlite.SQLiteConfig;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;

/**
 * R2DBC {@link ConnectionFactory} for SQLite over sqlite-jdbc; obtain it through
 * {@code ConnectionFactories.get("r2dbc:sqlite:///abs/path.db")} or {@link #of}.
 *
 * <p><b>Design.</b> The factory owns one bridge scheduler ({@code r2dbc-sqlite-N} threads, the only
 * threads that ever call JDBC), one <em>writer</em> JDBC connection and, for file databases, a
 * small pool of read-only <em>reader</em> connections. Each R2DBC {@link Connection} it creates is
 * a logical connection: a plain {@code SELECT} outside a transaction borrows a reader for as long
 * as its result is being consumed; every other statement, and everything inside a transaction,
 * runs on the writer, which a transaction holds exclusively from begin to commit/rollback. Writers
 * therefore queue up (asynchronously, holding no thread) instead of failing with
 * {@code SQLITE_BUSY}, while WAL lets readers run in parallel with the writer. In-memory databases
 * use the writer alone. Connections are opened lazily with WAL, {@code synchronous=NORMAL}, a busy
 * timeout and foreign keys on. {@link #close()} closes all JDBC connections and the scheduler.
 */
public final class SqliteConnectionFactory implements ConnectionFactory, Closeable, Disposable {

  private static final ConnectionFactoryMetadata METADATA = () -> "SQLite";

  private final SqliteOptions options;
  private final Bridge bridge;
  private final JdbcPool writer;
  private final JdbcPool readers;
  private final AtomicBoolean closed = new AtomicBoolean();
  private volatile String version = "unknown";

  private SqliteConnectionFactory(SqliteOptions options) {
    this.options = options;
    this.bridge = new Bridge(options.threads(), options.queuedTasks());
    this.writer = new JdbcPool("writer", 1, bridge, this::openWriter);
    this.readers = options.readers() > 0
        ? new JdbcPool("reader", options.readers(), bridge, this::openReader)
        : null;
  }

  /**
   * Creates a factory from options: {@code DATABASE} is an absolute file path (leading '/' may be
   * omitted), {@code :memory:}, or a {@code file:} URI; extra options {@code readers},
   * {@code busyTimeout} (ms or ISO-8601 duration), {@code threads}, {@code queue},
   * {@code mode}, {@code cache}.
   */
  public static SqliteConnectionFactory of(ConnectionFactoryOptions options) {
    return new SqliteConnectionFactory(SqliteOptions.from(options));
  }

  /** Creates a factory for a database file. */
  public static SqliteConnectionFactory file(Path path) {
    return of(ConnectionFactoryOptions.builder()
        .option(ConnectionFactoryOptions.DRIVER, SqliteConnectionFactoryProvider.DRIVER)
        .option(ConnectionFactoryOptions.DATABASE, path.toAbsolutePath().toString())
        .build());
  }

  @Override
  public Mono<Connection> create() {
    return Mono.fromSupplier(() -> {
      if (closed.get()) {
        throw new R2dbcNonTransientResourceException("SQLite connection factory is closed");
      }
      return new SqliteConnection(this);
    });
  }

  @Override
  public ConnectionFactoryMetadata getMetadata() {
    return METADATA;
  }

  /** Closes all JDBC connections, then disposes the bridge scheduler. */
  @Override
  public Mono<Void> close() {
    return Mono.defer(() -> {
      if (!closed.compareAndSet(false, true)) {
        return Mono.empty();
      }
      return bridge.<Void>call("close", () -> {
        if (readers != null) {
          readers.closeAll();
        }
        writer.closeAll();
        return null;
      }).doFinally(s -> bridge.dispose());
    });
  }

  /** Closes asynchronously; see {@link #close()}. */
  @Override
  public void dispose() {
    close().subscribe(v -> {}, e -> {});
  }

  @Override
  public boolean isDisposed() {
    return closed.get();
  }

  Bridge bridge() {
    return bridge;
  }

  String version() {
    return version;
  }

  boolean hasReaders() {
    return readers != null;
  }

  Mono<Lease> writerLease() {
    return writer.lease();
  }

  /** A reader; the writer is opened first so that WAL mode is set before any reader opens. */
  Mono<Lease> readerLease() {
    return writer.warmUp().then(readers.lease());
  }

  private java.sql.Connection openWriter() throws SQLException {
    SQLiteConfig config = baseConfig();
    if (!options.memory()) {
      config.setJournalMode(SQLiteConfig.JournalMode.WAL);
    }
    config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
    config.enforceForeignKeys(true);
    java.sql.Connection c = config.createConnection(options.jdbcUrl());
    SortCollations.register(c);
    version = c.getMetaData().getDatabaseProductVersion();
    return c;
  }

  private java.sql.Connection openReader() throws SQLException {
    SQLiteConfig config = baseConfig();
    config.setReadOnly(true);
    java.sql.Connection c = config.createConnection(options.jdbcUrl());
    SortCollations.register(c);
    return c;
  }

  private SQLiteConfig baseConfig() {
    SQLiteConfig config = new SQLiteConfig();
    config.setBusyTimeout((int) Math.min(Integer.MAX_VALUE, options.busyTimeout().toMillis()));
    return config;
  }
}
