package io.reactiveorm.sqlite;

import io.r2dbc.spi.R2dbcNonTransientResourceException;
import java.sql.Connection;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import reactor.core.publisher.Mono;
import reactor.core.publisher.MonoSink;

/**
 * A fixed-size set of JDBC connections handed out exclusively and asynchronously: a caller that
 * finds none idle waits in a FIFO queue without holding a thread. Connections are opened lazily on
 * the bridge scheduler. The writer is a pool of one, so writes queue up here instead of failing
 * with {@code SQLITE_BUSY}.
 */
final class JdbcPool {

  private final String name;
  private final int size;
  private final Bridge bridge;
  private final Bridge.JdbcCall<Connection> opener;

  private final ArrayDeque<Connection> idle = new ArrayDeque<>();
  private final ArrayDeque<MonoSink<Connection>> waiters = new ArrayDeque<>();
  private final List<Connection> all = new ArrayList<>();
  private int opening;
  private boolean closed;

  JdbcPool(String name, int size, Bridge bridge, Bridge.JdbcCall<Connection> opener) {
    this.name = name;
    this.size = size;
    this.bridge = bridge;
    this.opener = opener;
  }

  /** Emits a connection the caller owns until it calls {@link #release}. */
  Mono<Connection> acquire() {
    return Mono.<Connection>create(this::acquire)
        .doOnDiscard(Connection.class, this::release);
  }

  /** Acquires a connection wrapped in a {@link Lease} that gives it back on release. */
  Mono<Lease> lease() {
    return acquire().map(c -> new Lease(c, () -> release(c)));
  }

  /** Completes once at least one connection has been opened successfully. */
  Mono<Void> warmUp() {
    synchronized (this) {
      if (!all.isEmpty()) {
        return Mono.empty();
      }
    }
    return acquire().doOnNext(this::release).then();
  }

  private void acquire(MonoSink<Connection> sink) {
    Connection ready;
    boolean open = false;
    synchronized (this) {
      if (closed) {
        sink.error(new R2dbcNonTransientResourceException("SQLite " + name + " pool is closed"));
        return;
      }
      ready = idle.poll();
      if (ready == null) {
        if (all.size() + opening < size) {
          opening++;
          open = true;
        } else {
          waiters.add(sink);
          sink.onCancel(() -> removeWaiter(sink));
          return;
        }
      }
    }
    if (ready != null) {
      sink.success(ready);
    } else if (open) {
      bridge.call("open " + name, opener).subscribe(c -> opened(c, sink), e -> openFailed(e, sink));
    }
  }

  private void opened(Connection c, MonoSink<Connection> sink) {
    boolean closeIt;
    synchronized (this) {
      opening--;
      closeIt = closed;
      if (!closeIt) {
        all.add(c);
      }
    }
    if (closeIt) {
      closeQuietly(c);
      sink.error(new R2dbcNonTransientResourceException("SQLite " + name + " pool is closed"));
    } else {
      sink.success(c);
    }
  }

  private void openFailed(Throwable e, MonoSink<Connection> sink) {
    synchronized (this) {
      opening--;
    }
    sink.error(e);
  }

  private synchronized void removeWaiter(MonoSink<Connection> sink) {
    waiters.remove(sink);
  }

  /** Gives a connection back: to the oldest waiter, else to the idle set. */
  void release(Connection c) {
    MonoSink<Connection> next;
    synchronized (this) {
      if (closed) {
        return;
      }
      next = waiters.poll();
      if (next == null) {
        idle.push(c);
        return;
      }
    }
    // A waiter cancelled concurrently drops the value into the discard hook, which releases again.
    next.success(c);
  }

  /** Closes every connection (on the calling thread, which must be a bridge thread). */
  void closeAll() {
    List<Connection> toClose;
    List<MonoSink<Connection>> pending;
    synchronized (this) {
      closed = true;
      toClose = new ArrayList<>(all);
      pending = new ArrayList<>(waiters);
      all.clear();
      idle.clear();
      waiters.clear();
    }
    pending.forEach(s -> s.error(
        new R2dbcNonTransientResourceException("SQLite " + name + " pool is closed")));
    toClose.forEach(JdbcPool::closeQuietly);
  }

  static void closeQuietly(AutoCloseable c) {
    try {
      if (c != null) {
        c.close();
      }
    } catch (Exception ignored) {
      // closing is best effort
    }
  }

  /** Visible for tests: connections opened so far. */
  synchronized int openedCount() {
    return all.size();
  }
}
