package io.reactiveorm.sqlite;

import io.r2dbc.spi.R2dbcNonTransientResourceException;
import java.sql.SQLException;
import java.util.concurrent.RejectedExecutionException;
import reactor.core.publisher.Mono;
import reactor.core.publisher.MonoSink;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * The only place where JDBC work is started: every call runs on the factory's own bounded-elastic
 * scheduler (threads named {@value #THREAD_PREFIX}-N, which are allowed to block).
 *
 * <p>A call is never interrupted once scheduled: cancelling the returned {@code Mono} only drops
 * its value, which Reactor hands to the discard hook, so owners of JDBC resources register
 * {@code doOnDiscard} to release them. The value is signalled after the JDBC call has returned, so
 * downstream operators never run inside a JDBC call.
 */
final class Bridge {

  static final String THREAD_PREFIX = "r2dbc-sqlite";

  /** A unit of JDBC work. */
  @FunctionalInterface
  interface JdbcCall<T> {
    T call() throws SQLException;
  }

  private final Scheduler scheduler;

  Bridge(int threads, int queuedTasks) {
    this.scheduler = Schedulers.newBoundedElastic(threads, queuedTasks, THREAD_PREFIX, 60, true);
  }

  /** Runs {@code call} on the bridge scheduler; SQL errors are mapped with {@code sql}. */
  <T> Mono<T> call(String sql, JdbcCall<T> call) {
    return Mono.create(sink -> schedule(() -> run(sink, sql, call), sink::error));
  }

  /** Schedules a raw task; rejection (closed factory, full queue) is reported to {@code onReject}. */
  void schedule(Runnable task, java.util.function.Consumer<Throwable> onReject) {
    try {
      scheduler.schedule(task);
    } catch (RejectedExecutionException e) {
      onReject.accept(new R2dbcNonTransientResourceException(
          "SQLite bridge scheduler rejected the task (factory closed or queue full)", e));
    }
  }

  private static <T> void run(MonoSink<T> sink, String sql, JdbcCall<T> call) {
    assert onBridgeThread() : "JDBC call off the bridge scheduler";
    T value;
    try {
      value = call.call();
    } catch (SQLException e) {
      sink.error(Errors.map(e, sql));
      return;
    } catch (RuntimeException | Error e) {
      sink.error(e);
      return;
    }
    if (value == null) {
      sink.success();
    } else {
      sink.success(value);
    }
  }

  static boolean onBridgeThread() {
    return Thread.currentThread().getName().startsWith(THREAD_PREFIX);
  }

  boolean isDisposed() {
    return scheduler.isDisposed();
  }

  void dispose() {
    scheduler.dispose();
  }
}
