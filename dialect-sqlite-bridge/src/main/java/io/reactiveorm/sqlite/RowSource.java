package io.reactiveorm.sqlite;

import io.r2dbc.spi.Result;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import reactor.core.publisher.Flux;
import reactor.core.publisher.FluxSink;

/**
 * Rows pulled from an open {@link ResultSet} in demand-sized chunks on the bridge scheduler.
 *
 * <p>A drain loop (one at a time, guarded by {@code wip}) reads {@code min(demand, CHUNK)} rows,
 * snapshotting each into an array, and only then emits them, so subscribers never run inside a
 * JDBC call. Cancellation, completion, errors and {@link #abort()} close the result set and
 * statement and release the connection lease, always from the drain loop.
 */
final class RowSource extends SegmentSource {

  static final int CHUNK = 64;

  private final Bridge bridge;
  private final PreparedStatement statement;
  private final ResultSet resultSet;
  private final SqliteRowMetadata metadata;
  private final Lease lease;
  private final boolean trailingCount;
  private final Runnable onClose;
  private final AtomicInteger wip = new AtomicInteger();
  private final AtomicLong rowsRead = new AtomicLong();

  private volatile FluxSink<Object> sink;
  private volatile Function<Result.Segment, Object> fn;
  private volatile boolean skipRows;
  private volatile boolean cancelled;
  private volatile boolean aborted;
  private volatile boolean closed;
  private volatile boolean released;

  RowSource(Bridge bridge, PreparedStatement statement, ResultSet resultSet,
      SqliteRowMetadata metadata, Lease lease, boolean trailingCount, Runnable onClose) {
    this.bridge = bridge;
    this.statement = statement;
    this.resultSet = resultSet;
    this.metadata = metadata;
    this.lease = lease;
    this.trailingCount = trailingCount;
    this.onClose = onClose;
  }

  /** Rows read from the JDBC result set so far (tests use it to check demand-driven reads). */
  long rowsRead() {
    return rowsRead.get();
  }

  @Override
  Flux<Object> doConsume(Function<Result.Segment, Object> fn, boolean rowsNeeded) {
    return Flux.create(s -> {
      this.fn = fn;
      this.skipRows = !rowsNeeded && !trailingCount;
      this.sink = s;
      s.onCancel(() -> {
        cancelled = true;
        drain();
      });
      s.onRequest(n -> drain());
    });
  }

  @Override
  void abort() {
    aborted = true;
    cancelled = true;
    drain();
  }

  private void drain() {
    if (wip.getAndIncrement() == 0) {
      bridge.schedule(this::run, e -> {
        FluxSink<Object> s = sink;
        if (s != null) {
          s.error(e);
        }
      });
    }
  }

  private void run() {
    assert Bridge.onBridgeThread() : "rows read off the bridge scheduler";
    int missed = 1;
    for (;;) {
      if (!closed) {
        try {
          step();
        } catch (SQLException e) {
          fail(Errors.map(e, "fetch rows"));
        } catch (RuntimeException | Error e) {
          fail(e);
        }
      }
      missed = wip.addAndGet(-missed);
      if (missed == 0) {
        return;
      }
    }
  }

  private void step() throws SQLException {
    FluxSink<Object> s = sink;
    if (cancelled || (s != null && skipRows)) {
      close();
      if (s != null) {
        if (aborted) {
          s.error(new IllegalStateException("Connection closed before the result was consumed"));
        } else {
          s.complete();
        }
      }
      return;
    }
    if (s == null) {
      return;
    }
    long demand;
    while (!cancelled && (demand = s.requestedFromDownstream()) > 0) {
      int want = (int) Math.min(demand, CHUNK);
      List<Object[]> chunk = new ArrayList<>(want);
      boolean end = false;
      while (chunk.size() < want) {
        if (!resultSet.next()) {
          end = true;
          break;
        }
        rowsRead.incrementAndGet();
        chunk.add(snapshot());
      }
      if (end) {
        close(); // release the connection before running subscriber code for the last chunk
      }
      for (Object[] values : chunk) {
        if (cancelled) {
          break;
        }
        emit(s, new RowSeg(new SqliteRow(values, metadata)));
      }
      if (end) {
        if (trailingCount && !cancelled) {
          emit(s, new Count(rowsRead.get()));
        }
        s.complete();
        return;
      }
    }
    if (cancelled) {
      close();
    }
  }

  private Object[] snapshot() throws SQLException {
    Object[] values = new Object[metadata.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = Decoders.storage(resultSet.getObject(i + 1));
    }
    return values;
  }

  private void emit(FluxSink<Object> s, Result.Segment segment) {
    Object out;
    try {
      out = fn.apply(segment);
    } finally {
      if (segment instanceof RowSeg r) {
        r.row().invalidate();
      }
    }
    if (out == null) {
      throw new NullPointerException("The mapping function returned null");
    }
    if (out != SKIP) {
      s.next(out);
    }
  }

  private void fail(Throwable e) {
    close();
    FluxSink<Object> s = sink;
    if (s != null) {
      s.error(e);
    }
  }

  /**
   * Closes the statement now, on the calling bridge thread: the transaction it runs in is ending, and
   * SQLite cannot commit or roll back while a statement is in progress.
   */
  void closeNow() {
    boolean wasCancelled = cancelled;
    aborted = true;
    cancelled = true;
    close();
    FluxSink<Object> s = sink;
    if (!wasCancelled && s != null) {
      s.error(new IllegalStateException("The transaction ended before the result was consumed"));
    }
  }

  private synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    JdbcPool.closeQuietly(resultSet);
    JdbcPool.closeQuietly(statement);
    lease.release();
    released = true;
    onClose.run();
  }

  /** Visible for tests: whether the result set and statement have been closed. */
  boolean isReleased() {
    return released;
  }
}
