package io.reactiveorm.sqlite;

import io.r2dbc.spi.Result;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import reactor.core.publisher.Flux;

/** Produces a result's segments; can be consumed only once. */
abstract class SegmentSource {

  /** Returned by a segment function for segments that must not be emitted. */
  static final Object SKIP = new Object();

  /** A row segment. */
  record RowSeg(SqliteRow row) implements Result.RowSegment {}

  /** An update count segment. */
  record Count(long value) implements Result.UpdateCount {}

  private final AtomicBoolean consumed = new AtomicBoolean();

  /**
   * Emits {@code fn(segment)} for each segment, skipping {@link #SKIP}; {@code fn} runs while a
   * row is valid. {@code rowsNeeded=false} lets a source skip reading rows nobody will look at.
   */
  final Flux<Object> consume(Function<Result.Segment, Object> fn, boolean rowsNeeded) {
    if (!consumed.compareAndSet(false, true)) {
      return Flux.error(new IllegalStateException("Result has already been consumed"));
    }
    return doConsume(fn, rowsNeeded);
  }

  /** Releases resources of a result that will not (or no longer) be consumed. */
  final void discard() {
    consumed.set(true);
    abort();
  }

  abstract Flux<Object> doConsume(Function<Result.Segment, Object> fn, boolean rowsNeeded);

  abstract void abort();

  /** A source holding only an update count. */
  static final class Counted extends SegmentSource {
    private final long count;

    Counted(long count) {
      this.count = count;
    }

    @Override
    Flux<Object> doConsume(Function<Result.Segment, Object> fn, boolean rowsNeeded) {
      return Flux.defer(() -> {
        Object out = fn.apply(new Count(count));
        return out == SKIP ? Flux.empty() : Flux.just(out);
      });
    }

    @Override
    void abort() {
      // nothing held
    }
  }
}
