package io.reactiveorm;

import io.reactiveorm.internal.mapping.KeyedRow;
import io.reactiveorm.internal.page.CursorCodec;
import io.reactiveorm.internal.plan.PageQuery;
import io.reactiveorm.internal.plan.PageShape;
import io.reactiveorm.internal.plan.QueryShape;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.context.Context;

/** Runs keyset pages and page-by-page streams for one query. */
final class KeysetPager<T> {
    private final Orm orm;
    private final Class<T> type;
    private final QueryShape shape;
    private final @Nullable Filter filter;

    KeysetPager(Orm orm, Class<T> type, QueryShape shape, @Nullable Filter filter) {
        this.orm = orm;
        this.type = type;
        this.shape = shape;
        this.filter = filter;
    }

    Mono<Page<T>> page(PageRequest request) {
        return Mono.defer(() -> {
            Prepared prepared = prepare(request);
            PageQuery query = prepared.query();
            return rows(query, prepared.cursor()).collectList().map(rows -> toPage(request, query, rows));
        });
    }

    /**
     * @param request a page request
     * @return the query {@link #page} sends for it (the cursor is decoded and checked; nothing runs), for tests
     *     that review the SQL text
     */
    PageQuery query(PageRequest request) {
        return prepare(request).query();
    }

    /** A page's query and the cursor values it binds (null for a first page). */
    private record Prepared(PageQuery query, @Nullable Object[] cursor) {
    }

    private Prepared prepare(PageRequest request) {
        int fetch = Math.addExact(request.size(), 1); // sizes are checked: at most PageRequest.MAX_SIZE + 1
        PageQuery first = compile(fetch, request.before(), null);
        @Nullable Object[] cursor = request.cursor() == null ? null
                : orm.cursors().decode(request.cursor(), type, first.keys());
        PageQuery query = cursor == null ? first : compile(fetch, request.before(), nulls(cursor));
        return new Prepared(query, cursor);
    }

    /**
     * One page after another; each page is a separate short query, started only when the previous page has been
     * emitted and more is demanded.
     */
    Flux<T> stream(int batchSize) {
        return Flux.defer(() -> {
            Object[][] last = {null};
            boolean[] done = {false};
            Mono<List<KeyedRow>> nextPage = Mono.defer(() -> {
                Object[] cursor = last[0];
                PageQuery query = compile(Math.addExact(batchSize, 1), false, cursor == null ? null : nulls(cursor));
                return onDemand(rows(query, cursor).collectList()).doOnNext(rows -> {
                    done[0] = rows.size() <= batchSize;
                    List<KeyedRow> page = rows.size() > batchSize ? rows.subList(0, batchSize) : rows;
                    if (!page.isEmpty()) {
                        last[0] = page.get(page.size() - 1).keys();
                    }
                });
            });
            return nextPage.repeat(() -> !done[0])
                    .concatMap(rows -> Flux.fromIterable(rows.size() > batchSize ? rows.subList(0, batchSize) : rows), 0)
                    .map(row -> type.cast(row.entity()));
        });
    }

    private PageQuery compile(int fetch, boolean backwards, @Nullable List<Boolean> cursorNulls) {
        return orm.compiler().compilePage(new PageShape(shape, fetch, backwards, cursorNulls), filter);
    }

    private Flux<KeyedRow> rows(PageQuery query, @Nullable Object[] cursor) {
        return orm.executor().fetch(query.query(), query.query().bindValues(filter, null, cursor), 0, KeyedRow.class);
    }

    private Page<T> toPage(PageRequest request, PageQuery query, List<KeyedRow> fetched) {
        boolean more = fetched.size() > request.size();
        List<KeyedRow> rows = new ArrayList<>(more ? fetched.subList(0, request.size()) : fetched);
        if (request.before()) {
            Collections.reverse(rows);
        }
        List<T> items = new ArrayList<>(rows.size());
        for (KeyedRow row : rows) {
            items.add(type.cast(row.entity()));
        }
        String firstCursor = rows.isEmpty() ? null : orm.cursors().encode(type, query.keys(), rows.get(0).keys());
        String lastCursor = rows.isEmpty() ? null
                : orm.cursors().encode(type, query.keys(), rows.get(rows.size() - 1).keys());
        if (request.before()) {
            return new Page<>(items, lastCursor, more ? firstCursor : null, more);
        }
        return new Page<>(items, more ? lastCursor : null, request.cursor() == null ? null : firstCursor, more);
    }

    private static List<Boolean> nulls(@Nullable Object[] cursor) {
        Boolean[] nulls = new Boolean[cursor.length];
        for (int i = 0; i < cursor.length; i++) {
            nulls[i] = cursor[i] == null;
        }
        return Arrays.asList(nulls);
    }

    /**
     * Subscribes to {@code source} (acquiring a connection) only once the subscriber requests, with the subscriber's
     * Reactor {@code Context}, so that a page runs in the caller's transaction.
     */
    private static <V> Mono<V> onDemand(Mono<V> source) {
        return Mono.create(sink -> {
            AtomicBoolean started = new AtomicBoolean();
            sink.onRequest(n -> {
                if (started.compareAndSet(false, true)) {
                    Disposable running = source.subscribe(sink::success, sink::error, sink::success,
                            Context.of(sink.contextView()));
                    sink.onDispose(running);
                }
            });
        });
    }
}
