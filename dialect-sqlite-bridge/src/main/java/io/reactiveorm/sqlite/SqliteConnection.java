package io.reactiveorm.sqlite;

import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionMetadata;
import io.r2dbc.spi.IsolationLevel;
import io.r2dbc.spi.TransactionDefinition;
import io.r2dbc.spi.ValidationDepth;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import reactor.core.publisher.Mono;

/**
 * A logical R2DBC connection (see {@link SqliteConnectionFactory} for routing). Outside a
 * transaction each statement leases a reader (plain SELECT) or the writer until its result is
 * consumed; {@link #beginTransaction()} (or auto-commit off) leases the writer and keeps it until
 * commit or rollback. SQLite transactions are always SERIALIZABLE; the requested isolation level
 * is recorded and reported only. Lock-wait and statement timeouts are not supported per
 * connection (the busy timeout is a factory option): their setters do nothing.
 */
final class SqliteConnection implements Connection {

  private final SqliteConnectionFactory factory;
  private final Bridge bridge;
  private final Set<RowSource> open = ConcurrentHashMap.newKeySet();
  private static final int BUSY = 5;
  private static final int ROLLBACK_ATTEMPTS = 500;

  private volatile Lease tx;
  private volatile boolean autoCommit = true;
  private volatile boolean closed;
  private volatile IsolationLevel isolation = IsolationLevel.SERIALIZABLE;

  SqliteConnection(SqliteConnectionFactory factory) {
    this.factory = factory;
    this.bridge = factory.bridge();
  }

  Mono<SqliteResult> run(ParsedSql parsed, String sql, Object[] values) {
    return Mono.defer(() -> {
      Lease transaction = tx;
      return leaseFor(parsed).flatMap(lease -> bridge.call(sql, () -> {
        // A statement queued inside a transaction that has ended since (e.g. rolled back on cancel) must not
        // run on the writer, which may already serve another connection's transaction.
        if (transaction != null && tx != transaction) {
          throw new IllegalStateException("The transaction ended before the statement ran");
        }
        return StatementRunner.execute(this, bridge, lease, parsed, sql, values);
      }));
    }).doOnDiscard(SqliteResult.class, r -> r.source().discard());
  }

  private Mono<Lease> leaseFor(ParsedSql parsed) {
    return Mono.defer(() -> {
      if (closed) {
        return Mono.error(new IllegalStateException("Connection is closed"));
      }
      Lease held = tx;
      if (held != null) {
        return Mono.just(Lease.borrowed(held.jdbc()));
      }
      if (!autoCommit) {
        return begin().then(Mono.fromSupplier(() -> Lease.borrowed(tx.jdbc())));
      }
      return parsed.isQuery() && factory.hasReaders()
          ? factory.readerLease()
          : factory.writerLease();
    });
  }

  void track(RowSource source) {
    open.add(source);
  }

  void forget(RowSource source) {
    open.remove(source);
  }

  @Override
  public Mono<Void> beginTransaction() {
    return begin();
  }

  @Override
  public Mono<Void> beginTransaction(TransactionDefinition definition) {
    IsolationLevel level = definition.getAttribute(TransactionDefinition.ISOLATION_LEVEL);
    if (level != null) {
      isolation = level;
    }
    return begin();
  }

  private Mono<Void> begin() {
    return Mono.defer(() -> {
      if (tx != null) {
        return Mono.empty();
      }
      return factory.writerLease().flatMap(lease -> bridge.<Void>call("BEGIN IMMEDIATE", () -> {
        try {
          StatementRunner.exec(lease.jdbc(), "BEGIN IMMEDIATE");
        } catch (SQLException | RuntimeException e) {
          lease.release();
          throw e;
        }
        tx = lease;
        if (closed) {
          // close() ran while BEGIN was in flight (e.g. the caller cancelled): it may have seen no
          // transaction yet, so end it here; whichever side claims the lease first releases it.
          Lease claimed = claim(lease);
          if (claimed != null) {
            rollbackQuietly(claimed.jdbc());
            claimed.release();
          }
        }
        return null;
      }));
    });
  }

  @Override
  public Mono<Void> commitTransaction() {
    return end("COMMIT");
  }

  @Override
  public Mono<Void> rollbackTransaction() {
    return end("ROLLBACK");
  }

  /** Ends the transaction; the writer is released on the bridge thread whatever the outcome. */
  private Mono<Void> end(String sql) {
    return Mono.defer(() -> {
      Lease held = tx == null ? null : claim(tx);
      if (held == null) {
        return Mono.empty();
      }
      return bridge.call(sql, () -> {
        try {
          endClosingStatements(held.jdbc(), sql);
        } catch (SQLException e) {
          if (!"ROLLBACK".equals(sql)) {
            rollbackQuietly(held.jdbc()); // a failed COMMIT leaves the transaction open
          }
          throw e;
        } finally {
          held.release();
        }
        return null;
      });
    });
  }

  /**
   * Runs COMMIT or ROLLBACK after closing this connection's open statements: SQLite refuses both while a
   * statement is in progress. A statement that a cancelled subscriber left running on another bridge thread is
   * closed by its own discard path within moments, so a busy ROLLBACK is retried briefly (waiting is allowed
   * on the bridge scheduler) rather than leaving the writer inside a transaction.
   */
  private void endClosingStatements(java.sql.Connection jdbc, String sql) throws SQLException {
    for (int attempt = 0; ; attempt++) {
      List.copyOf(open).forEach(RowSource::closeNow);
      try {
        StatementRunner.exec(jdbc, sql);
        return;
      } catch (SQLException e) {
        if (!"ROLLBACK".equals(sql) || e.getErrorCode() != BUSY || attempt >= ROLLBACK_ATTEMPTS) {
          throw e;
        }
        java.util.concurrent.locks.LockSupport.parkNanos(1_000_000L);
      }
    }
  }

  /** Takes the transaction's lease if it is still {@code lease}; null if another path took it. */
  private synchronized Lease claim(Lease lease) {
    if (tx != lease) {
      return null;
    }
    tx = null;
    return lease;
  }

  private static void rollbackQuietly(java.sql.Connection jdbc) {
    try {
      StatementRunner.exec(jdbc, "ROLLBACK");
    } catch (SQLException ignored) {
      // no transaction left to roll back
    }
  }

  @Override
  public Mono<Void> createSavepoint(String name) {
    return begin().then(onTransaction("SAVEPOINT " + quote(name)));
  }

  @Override
  public Mono<Void> releaseSavepoint(String name) {
    return onTransaction("RELEASE SAVEPOINT " + quote(name));
  }

  @Override
  public Mono<Void> rollbackTransactionToSavepoint(String name) {
    return onTransaction("ROLLBACK TO SAVEPOINT " + quote(name));
  }

  private Mono<Void> onTransaction(String sql) {
    return Mono.defer(() -> {
      Lease held = tx;
      if (held == null) {
        return Mono.error(new IllegalStateException("No transaction active for: " + sql));
      }
      return bridge.call(sql, () -> {
        StatementRunner.exec(held.jdbc(), sql);
        return null;
      });
    });
  }

  private static String quote(String name) {
    return "\"" + name.replace("\"", "\"\"") + "\"";
  }

  @Override
  public SqliteBatch createBatch() {
    return new SqliteBatch(this);
  }

  @Override
  public SqliteStatement createStatement(String sql) {
    return new SqliteStatement(this, sql);
  }

  @Override
  public boolean isAutoCommit() {
    return autoCommit && tx == null;
  }

  @Override
  public ConnectionMetadata getMetadata() {
    return new SqliteConnectionMetadata(factory.version());
  }

  @Override
  public IsolationLevel getTransactionIsolationLevel() {
    return isolation;
  }

  @Override
  public Mono<Void> setAutoCommit(boolean enabled) {
    return Mono.defer(() -> {
      autoCommit = enabled;
      return enabled ? commitTransaction() : Mono.empty();
    });
  }

  @Override
  public Mono<Void> setLockWaitTimeout(Duration timeout) {
    return Mono.empty();
  }

  @Override
  public Mono<Void> setStatementTimeout(Duration timeout) {
    return Mono.empty();
  }

  @Override
  public Mono<Void> setTransactionIsolationLevel(IsolationLevel level) {
    return Mono.fromRunnable(() -> isolation = level);
  }

  @Override
  public Mono<Boolean> validate(ValidationDepth depth) {
    return Mono.defer(() -> {
      if (closed || factory.isDisposed()) {
        return Mono.just(false);
      }
      if (depth == ValidationDepth.LOCAL) {
        return Mono.just(true);
      }
      return createStatement("SELECT 1").execute()
          .concatMap(r -> r.map(row -> row.get(0, Long.class)))
          .then(Mono.just(true))
          .onErrorReturn(false);
    });
  }

  /** Discards unconsumed results and rolls back an open transaction. */
  @Override
  public Mono<Void> close() {
    return Mono.defer(() -> {
      if (closed) {
        return Mono.empty();
      }
      closed = true;
      List.copyOf(open).forEach(SegmentSource::discard);
      return rollbackTransaction();
    });
  }

  /** Visible for tests. */
  Set<RowSource> openResults() {
    return open;
  }

}
