package io.reactiveorm.sqlite;

import io.r2dbc.spi.Readable;
import io.r2dbc.spi.Result;
import io.r2dbc.spi.Row;
import io.r2dbc.spi.RowMetadata;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Result of one statement execution: rows (pulled on demand) and/or an update count. It can be
 * consumed once; {@link #filter} returns a view sharing that single consumption.
 */
final class SqliteResult implements Result {

  private final SegmentSource source;
  private final Predicate<Segment> filter;

  SqliteResult(SegmentSource source) {
    this(source, s -> true);
  }

  private SqliteResult(SegmentSource source, Predicate<Segment> filter) {
    this.source = source;
    this.filter = filter;
  }

  SegmentSource source() {
    return source;
  }

  @Override
  public Mono<Long> getRowsUpdated() {
    return source.consume(
            s -> s instanceof UpdateCount c && filter.test(s) ? (Object) c.value() : SegmentSource.SKIP,
            false)
        .cast(Long.class)
        .reduce(Long::sum);
  }

  @Override
  public <T> Flux<T> map(BiFunction<Row, RowMetadata, ? extends T> mapping) {
    return rows(row -> mapping.apply(row, row.getMetadata()));
  }

  @Override
  public <T> Flux<T> map(Function<? super Readable, ? extends T> mapping) {
    return rows(mapping::apply);
  }

  @SuppressWarnings("unchecked")
  private <T> Flux<T> rows(Function<Row, ? extends T> mapping) {
    return (Flux<T>) source.consume(
        s -> s instanceof RowSegment r && filter.test(s) ? mapping.apply(r.row()) : SegmentSource.SKIP,
        true);
  }

  @Override
  public Result filter(Predicate<Segment> predicate) {
    return new SqliteResult(source, filter.and(predicate));
  }

  @Override
  @SuppressWarnings("unchecked")
  public <T> Flux<T> flatMap(Function<Segment, ? extends Publisher<? extends T>> mapping) {
    return source.consume(s -> filter.test(s) ? mapping.apply(s) : SegmentSource.SKIP, true)
        .concatMap(p -> (Publisher<T>) p);
  }
}
