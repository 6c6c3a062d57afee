package io.reactiveorm.sqlite;

import java.sql.Connection;
import java.util.concurrent.atomic.AtomicBoolean;

/** Exclusive use of one JDBC connection until {@link #release()} (idempotent). */
final class Lease {

  private final Connection jdbc;
  private final Runnable onRelease;
  private final AtomicBoolean released = new AtomicBoolean();

  Lease(Connection jdbc, Runnable onRelease) {
    this.jdbc = jdbc;
    this.onRelease = onRelease;
  }

  /** A lease on a connection owned elsewhere (the transaction's writer): release does nothing. */
  static Lease borrowed(Connection jdbc) {
    return new Lease(jdbc, () -> {});
  }

  Connection jdbc() {
    return jdbc;
  }

  void release() {
    if (released.compareAndSet(false, true)) {
      onRelease.run();
    }
  }
}
