package io.reactiveorm;

import io.reactiveorm.internal.plan.CompiledQuery;
import io.reactiveorm.internal.plan.PageQuery;
import io.reactiveorm.internal.plan.QueryShape;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeoutException;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * An immutable query over one root entity: what to include, which rows, in which order. Every method returns a new
 * query; nothing runs until a terminal ({@link #fetchAll()}, {@link #fetchOne()}, {@link #count()}) is subscribed.
 * The whole include tree runs as ONE SQL statement.
 *
 * <pre>{@code
 * Flux<Book> books = orm.from(Book.class)
 *     .includeTree(t -> t.fields("title").include("author", a -> a.fields("lastname")))
 *     .where(Filter.gte("publishedAt", LocalDate.of(2020, 1, 1)))
 *     .orderBy(Sort.asc("id"))
 *     .fetchAll();
 * }</pre>
 *
 * @param <T> the root entity type
 * @since 0.1
 */
public final class Query<T> {
    private final Orm orm;
    private final Class<T> type;
    private final IncludeTree tree;
    private final @Nullable Filter filter;
    private final List<Sort> order;
    private final @Nullable Integer limit;
    private final @Nullable Long offset;
    private final @Nullable Duration timeout;

    Query(Orm orm, Class<T> type, IncludeTree tree, @Nullable Filter filter, List<Sort> order, @Nullable Integer limit,
          @Nullable Long offset, @Nullable Duration timeout) {
        this.orm = orm;
        this.type = type;
        this.tree = tree;
        this.filter = filter;
        this.order = List.copyOf(order);
        this.limit = limit;
        this.offset = offset;
        this.timeout = timeout;
    }

    /**
     * @param tree what to load of the root and its relations
     * @return a query with this include tree
     */
    public Query<T> includeTree(IncludeTree tree) {
        Objects.requireNonNull(tree, "tree must not be null");
        return new Query<>(orm, type, tree, filter, order, limit, offset, timeout);
    }

    /**
     * @param tree configures what to load, starting from an empty builder
     * @return a query with this include tree
     */
    public Query<T> includeTree(UnaryOperator<IncludeTree.Builder> tree) {
        Objects.requireNonNull(tree, "tree must not be null");
        return includeTree(tree.apply(IncludeTree.builder()).build());
    }

    /**
     * @param filter a condition on the root rows; paths may follow to-one relations; combined with AND with any
     *     earlier condition
     * @return a query with this condition
     */
    public Query<T> where(Filter filter) {
        Objects.requireNonNull(filter, "filter must not be null");
        return new Query<>(orm, type, tree, Filter.both(this.filter, filter), order, limit, offset, timeout);
    }

    /**
     * @param sorts the root order (replacing any earlier one), NULLs placed as each {@link Sort} says on every
     *     database; the id is appended as the last tie-breaker
     * @return a query with this order
     */
    public Query<T> orderBy(Sort... sorts) {
        return new Query<>(orm, type, tree, filter, Args.list("sorts", sorts), limit, offset, timeout);
    }

    /**
     * @param limit the most root rows (0 or more)
     * @return a query with this limit
     * @throws InvalidQueryException if the limit is negative
     */
    public Query<T> limit(int limit) {
        Sizes.check("limit", limit, 0, Integer.MAX_VALUE);
        return new Query<>(orm, type, tree, filter, order, limit, offset, timeout);
    }

    /**
     * @param offset the root rows to skip (0 or more)
     * @return a query with this offset
     * @throws InvalidQueryException if the offset is negative
     */
    public Query<T> offset(long offset) {
        Sizes.check("offset", offset, 0, Long.MAX_VALUE);
        return new Query<>(orm, type, tree, filter, order, limit, offset, timeout);
    }

    /**
     * Bounds how long the database may take to answer: {@link #fetchAll}, {@link #fetchOne}, {@link #count} and
     * {@link #page} fail with {@link QueryTimeoutException} (naming the entity and SQL) when no row (or end) has come
     * within it, and the statement is cancelled, on the server too where the dialect can. Rows that have started to
     * come are not timed: a slow subscriber is never the query's fault.
     *
     * @param timeout the longest wait for the first row, or null for the ORM's default
     *     ({@link Orm.Builder#statementTimeout})
     * @return a query with this timeout
     * @throws InvalidQueryException if the timeout is zero or negative
     */
    public Query<T> timeout(@Nullable Duration timeout) {
        if (timeout != null && (timeout.isZero() || timeout.isNegative())) {
            throw new InvalidQueryException("timeout must be positive, got " + timeout);
        }
        return new Query<>(orm, type, tree, filter, order, limit, offset, timeout);
    }

    /**
     * Streams the root objects, each with its included relations, as rows arrive, honouring backpressure (rows are
     * fetched from the server in batches of the configured fetch size).
     * <ul>
     *   <li>complete: after the last root;</li>
     *   <li>error: {@link InvalidQueryException} or {@link MappingException} before any SQL is sent;
     *       {@link QueryExecutionException} naming the SQL if the database or decoding fails;</li>
     *   <li>cancel: the query is stopped and the connection released.</li>
     * </ul>
     *
     * @return the roots, in order
     */
    public Flux<T> fetchAll() {
        return Flux.defer(() -> {
            CompiledQuery compiled = compile(false);
            return timed(orm.executor().fetch(compiled, compiled.bindValues(filter, offset), orm.fetchSize(), type), compiled);
        });
    }

    /**
     * The single matching root: empty if none, {@link NonUniqueResultException} if more than one. Errors and
     * cancel behave as in {@link #fetchAll()}.
     *
     * @return the root, or empty
     */
    public Mono<T> fetchOne() {
        return Flux.defer(() -> {
            CompiledQuery compiled = compile(false);
            return timed(orm.executor().fetch(compiled, compiled.bindValues(filter, offset), 0, type), compiled);
        }).take(2).collectList().flatMap(list -> {
            if (list.size() > 1) {
                return Mono.error(new NonUniqueResultException(type.getSimpleName()));
            }
            return Mono.justOrEmpty(list.isEmpty() ? null : list.get(0));
        });
    }

    /**
     * Counts the matching root rows (ignoring limit, offset and include tree). Errors and cancel behave as in
     * {@link #fetchAll()}.
     *
     * @return the count
     */
    public Mono<Long> count() {
        return Mono.defer(() -> {
            CompiledQuery compiled = countQuery();
            return timed(orm.executor().count(compiled, compiled.bindValues(filter, null)).flux(), compiled).single();
        });
    }

    /**
     * Loads one keyset page: the rows right after (or before) a cursor in this query's order, with their include
     * trees, in ONE statement per page. The order is this query's {@link #orderBy} with the id appended as the
     * last tie-breaker; NULLs go where each {@link Sort} says (by default as if greater than every value: last
     * ascending, first descending), the same on every database. Sort paths may follow to-one relations. The page fetches {@code size + 1} rows to know
     * whether more follow; no transaction or server cursor is held between pages, so concurrent inserts and
     * deletes never shift a page (unlike OFFSET).
     * <ul>
     *   <li>complete: with the page (possibly empty);</li>
     *   <li>error: {@link InvalidQueryException} before any SQL if the query has a limit or offset, or the cursor
     *       is malformed, was modified or signed with another key, or belongs to another entity or sort;
     *       {@link QueryExecutionException} naming the SQL if the database or decoding fails;</li>
     *   <li>cancel: the query is stopped and the connection released.</li>
     * </ul>
     *
     * @param request the first page, or the page after or before a cursor
     * @return the page
     */
    public Mono<Page<T>> page(PageRequest request) {
        Objects.requireNonNull(request, "request must not be null");
        return Mono.defer(() -> timed(pager("page()").page(request).flux(), compile(false)).single());
    }

    /**
     * Walks every matching root page by page with keyset predicates (each page a short query of {@code batchSize}
     * rows in {@link #page}'s order; no transaction or server cursor is held between pages), so memory stays
     * constant however large the table.
     * <ul>
     *   <li>backpressure: a page is queried only when the subscriber has consumed the previous one and requests
     *       more (at most one page is buffered);</li>
     *   <li>complete: after the last root;</li>
     *   <li>error: as in {@link #page}; a failing page ends the stream with its error;</li>
     *   <li>cancel: the running page query, if any, is stopped and its connection released; no further page runs.</li>
     * </ul>
     *
     * @param batchSize the rows per page, 1 to {@link PageRequest#MAX_SIZE}
     * @return every matching root, in order, each once
     * @throws InvalidQueryException if the batch size is out of range
     */
    public Flux<T> stream(int batchSize) {
        Sizes.check("stream batchSize", batchSize, 1, PageRequest.MAX_SIZE);
        return Flux.defer(() -> pager("stream()").stream(batchSize));
    }

    /** Fails the rows with {@link QueryTimeoutException} if the first does not come within the timeout. */
    private <R> Flux<R> timed(Flux<R> rows, CompiledQuery compiled) {
        if (timeout == null) {
            return rows;
        }
        return rows.timeout(Mono.delay(timeout), row -> Mono.never()).onErrorMap(TimeoutException.class,
                e -> new QueryTimeoutException(type.getSimpleName(), compiled.sql(), timeout, e));
    }

    private KeysetPager<T> pager(String terminal) {
        if (limit != null || offset != null) {
            throw new InvalidQueryException(type.getSimpleName() + ": " + terminal + " takes its size from the page "
                    + "request and its position from the cursor; remove limit() and offset()");
        }
        return new KeysetPager<>(orm, type, QueryShape.of(type, tree, filter, order, null, false, false), filter);
    }

    /**
     * @return the SQL text this query sends, for logs and reviews (bind values are not included)
     * @throws InvalidQueryException if the query does not fit the model
     */
    public String toSql() {
        return compile(false).sql();
    }

    /** @return the statement {@link #count} sends (nothing runs), for tests that review the SQL text */
    CompiledQuery countQuery() {
        return orm.compiler().compile(QueryShape.of(type, IncludeTree.ALL_FIELDS, filter, List.of(), null, false, true), filter);
    }

    /**
     * @param request a page request
     * @return the statement {@link #page} sends for it (the cursor is checked; nothing runs), for tests that review
     *     the SQL text
     * @throws InvalidQueryException as {@link #page} fails
     */
    PageQuery pageQuery(PageRequest request) {
        return pager("page()").query(request);
    }

    private CompiledQuery compile(boolean count) {
        return orm.compiler().compile(QueryShape.of(type, tree, filter, order, limit, offset != null, count), filter);
    }
}
