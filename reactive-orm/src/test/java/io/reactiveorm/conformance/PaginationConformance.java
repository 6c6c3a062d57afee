package io.reactiveorm.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.r2dbc.pool.ConnectionPool;
import io.r2dbc.proxy.ProxyConnectionFactory;
import io.r2dbc.proxy.core.QueryExecutionInfo;
import io.r2dbc.proxy.core.QueryInfo;
import io.r2dbc.proxy.listener.ProxyExecutionListener;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import io.reactiveorm.IncludeTree;
import io.reactiveorm.InvalidQueryException;
import io.reactiveorm.Orm;
import io.reactiveorm.Page;
import io.reactiveorm.PageRequest;
import io.reactiveorm.Query;
import io.reactiveorm.Sort;
import io.reactiveorm.conformance.Paged.Item;
import io.reactiveorm.conformance.Paged.Tag;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

/**
 * The keyset pagination conformance suite: every dialect module subclasses it once, pointing it at a fresh schema.
 * 10,000 items are walked page by page (size 7) in every mix of directions over a nullable key ({@code rnk}, a
 * NULL every 7th row), a non-null key ({@code day}) and the id, forwards and backwards, and compared with an order
 * built in Java from a plain SQL read (NULLs sort as if greater than every value).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class PaginationConformance {
    /** Items in the table. */
    protected static final int ITEMS = 10_000;
    private static final int PAGE = 7;
    private static final IncludeTree TREE = IncludeTree.parse("label,tags(name)");

    private final List<String> statements = new CopyOnWriteArrayList<>();
    private Orm orm;
    private List<Row> rows;
    private Map<Long, List<String>> tags;

    /** @return a connection factory on a fresh, empty schema of this dialect's database */
    protected abstract ConnectionFactory connectionFactory();

    /** @return the DDL of the two tables (override for a database that needs other types) */
    protected List<String> ddl() {
        return List.of("CREATE TABLE pitem (id BIGINT PRIMARY KEY, rnk INTEGER, day_on DATE NOT NULL, label VARCHAR(40) NOT NULL)",
                "CREATE TABLE ptag (id BIGINT PRIMARY KEY, item_id BIGINT NOT NULL REFERENCES pitem (id), name VARCHAR(40) NOT NULL)",
                "CREATE INDEX ptag_item ON ptag (item_id)",
                "CREATE INDEX pitem_day_id ON pitem (day_on, id)");
    }

    /** One item as read with plain SQL. */
    private record Row(long id, Integer rnk, LocalDate day) {
    }

    @BeforeAll
    void load() {
        ConnectionFactory plain = connectionFactory();
        List<String> sql = new ArrayList<>(ddl());
        StringBuilder items = new StringBuilder();
        StringBuilder tagRows = new StringBuilder();
        long tagId = 0;
        for (int id = 1; id <= ITEMS; id++) {
            String rnk = id % 7 == 0 ? "NULL" : Integer.toString(id * 37 % 50);
            String day = LocalDate.of(2020, 1, 1).plusDays(id * 13L % 60).toString();
            items.append(items.length() == 0 ? "" : ", ").append('(').append(id).append(", ").append(rnk).append(", '")
                    .append(day).append("', 'item ").append(id).append("')");
            for (int t = 0; t < id % 3; t++) {
                tagRows.append(tagRows.length() == 0 ? "" : ", ").append('(').append(++tagId).append(", ").append(id)
                        .append(", 'tag ").append(id).append('.').append(t).append("')");
            }
            if (id % 500 == 0) {
                sql.add("INSERT INTO pitem (id, rnk, day_on, label) VALUES " + items);
                sql.add("INSERT INTO ptag (id, item_id, name) VALUES " + tagRows);
                items.setLength(0);
                tagRows.setLength(0);
            }
        }
        sql.addAll(afterLoad());
        Mono.usingWhen(plain.create(), c -> Flux.fromIterable(sql)
                .concatMap(s -> Flux.from(c.createStatement(s).execute()).concatMap(r -> r.getRowsUpdated())).then(),
                Connection::close).block(Duration.ofSeconds(120));
        rows = read(plain, "SELECT id, rnk, day_on FROM pitem", r -> new Row(Objects.requireNonNull(r.get(0, Long.class)),
                r.get(1, Integer.class), r.get(2, LocalDate.class)));
        tags = new HashMap<>();
        for (Object[] tag : read(plain, "SELECT item_id, name FROM ptag ORDER BY id",
                r -> new Object[] {r.get(0, Long.class), r.get(1, String.class)})) {
            tags.computeIfAbsent((Long) tag[0], k -> new ArrayList<>()).add((String) tag[1]);
        }
        ConnectionFactory counted = ProxyConnectionFactory.builder(plain).listener(new ProxyExecutionListener() {
            @Override
            public void beforeQuery(QueryExecutionInfo execInfo) {
                for (QueryInfo query : execInfo.getQueries()) {
                    statements.add(query.getQuery());
                }
            }
        }).build();
        orm = ormBuilder(counted).pool(true, 4).build();
    }

    @AfterAll
    void close() {
        if (orm != null) {
            orm.close().block(Duration.ofSeconds(10));
        }
    }

    /**
     * @param factory where the ORM's connections come from
     * @return a builder for every ORM of the suite; override to set a dialect the driver does not find by itself
     */
    protected Orm.Builder ormBuilder(ConnectionFactory factory) {
        return Orm.builder(factory);
    }

    /** @return the ORM under test (pooled, 4 connections, statements recorded) */
    protected Orm orm() {
        return orm;
    }

    /** @return the SQL of every statement the ORM sent so far */
    protected List<String> statements() {
        return statements;
    }

    private static <T> List<T> read(ConnectionFactory factory, String sql, java.util.function.Function<io.r2dbc.spi.Row, T> map) {
        return Mono.usingWhen(factory.create(), c -> Flux.from(c.createStatement(sql).execute())
                .concatMap(r -> r.map((row, meta) -> map.apply(row))).collectList(), Connection::close)
                .block(Duration.ofSeconds(60));
    }

    /** Every mix of directions on the nullable key, the non-null key and the id. */
    static List<List<Sort>> sorts() {
        return List.of(
                List.of(Sort.asc("rnk"), Sort.asc("day")),
                List.of(Sort.asc("rnk"), Sort.desc("day")),
                List.of(Sort.desc("rnk"), Sort.asc("day")),
                List.of(Sort.desc("rnk"), Sort.desc("day")),
                List.of(Sort.desc("rnk"), Sort.asc("day"), Sort.desc("id")),
                List.of(Sort.asc("rnk"), Sort.desc("day"), Sort.desc("id")),
                List.of(Sort.asc("day")),
                List.of(Sort.desc("day"), Sort.desc("id")),
                List.of(Sort.asc("day"), Sort.desc("id")),
                List.of(Sort.desc("day")));
    }

    /** @return statements run after loading the data, e.g. to refresh the planner's statistics */
    protected List<String> afterLoad() {
        return List.of();
    }

    @Test
    void walkingEverySortForwardsAndBackwardsReturnsEveryRowOnceInOrder() throws Exception {
        ExecutorService walkers = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> walks = new ArrayList<>();
            for (List<Sort> sorts : sorts()) {
                walks.add(walkers.submit(() -> walk(sorts)));
            }
            for (Future<?> walk : walks) {
                try {
                    walk.get(5, TimeUnit.MINUTES);
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof AssertionError a) {
                        throw a;
                    }
                    throw e;
                }
            }
        } finally {
            walkers.shutdownNow();
        }
    }

    /** The expected order: NULLs greater than every value; the id ascending unless the sort names it. */
    private List<Long> oracle(List<Sort> sorts) {
        Comparator<Row> order = null;
        boolean hasId = false;
        for (Sort sort : sorts) {
            Comparator<Row> key = switch (sort.path()) {
                case "rnk" -> Comparator.comparing(Row::rnk, Comparator.nullsLast(Comparator.naturalOrder()));
                case "day" -> Comparator.comparing(Row::day);
                case "id" -> Comparator.comparingLong(Row::id);
                default -> throw new IllegalArgumentException(sort.path());
            };
            hasId |= sort.path().equals("id");
            key = sort.descending() ? key.reversed() : key;
            order = order == null ? key : order.thenComparing(key);
        }
        if (!hasId) {
            order = Objects.requireNonNull(order).thenComparing(Comparator.comparingLong(Row::id));
        }
        return rows.stream().sorted(order).map(Row::id).toList();
    }

    private Query<Item> query(List<Sort> sorts) {
        return orm.from(Item.class).includeTree(TREE).orderBy(sorts.toArray(Sort[]::new));
    }

    private Page<Item> page(Query<Item> query, PageRequest request) {
        return Objects.requireNonNull(query.page(request).block(Duration.ofSeconds(30)));
    }

    private static List<Long> ids(List<Item> items) {
        return items.stream().map(Item::id).toList();
    }

    private void walk(List<Sort> sorts) {
        List<Long> expected = oracle(sorts);
        Query<Item> query = query(sorts);
        List<Long> forwards = new ArrayList<>();
        Page<Item> page = page(query, PageRequest.first(PAGE));
        assertThat(page.previousCursor()).as("first page").isNull();
        int pages = 1;
        while (true) {
            forwards.addAll(ids(page.items()));
            if (!page.hasMore()) {
                break;
            }
            assertThat(page.items()).hasSize(PAGE);
            assertThat(pages).as("pages so far, " + sorts + ": the walk must end").isLessThan((ITEMS + PAGE - 1) / PAGE);
            page = page(query, PageRequest.after(Objects.requireNonNull(page.nextCursor()), PAGE));
            pages++;
        }
        assertThat(page.nextCursor()).as("last page").isNull();
        assertThat(pages).as("pages, " + sorts).isEqualTo((ITEMS + PAGE - 1) / PAGE);
        assertThat(forwards).as("forwards, " + sorts).containsExactlyElementsOf(expected);

        List<List<Long>> backwards = new ArrayList<>();
        List<Long> last = ids(page.items());
        Page<Item> back = page;
        while (back.previousCursor() != null) {
            back = page(query, PageRequest.before(back.previousCursor(), PAGE));
            assertThat(back.nextCursor()).isNotNull();
            assertThat(backwards.size()).as("pages back, " + sorts + ": the walk must end").isLessThan(pages);
            backwards.add(ids(back.items()));
        }
        Collections.reverse(backwards);
        List<Long> all = new ArrayList<>();
        backwards.forEach(all::addAll);
        all.addAll(last);
        assertThat(all).as("backwards, " + sorts).containsExactlyElementsOf(expected);
        assertThat(back.hasMore()).isFalse();
    }

    @Test
    void aPageWithItsIncludeTreeIsOneStatementAndMatchesThePlainRead() {
        Query<Item> query = query(List.of(Sort.desc("rnk"), Sort.asc("day")));
        List<Long> expected = oracle(List.of(Sort.desc("rnk"), Sort.asc("day")));
        int before = statements.size();
        Page<Item> first = page(query, PageRequest.first(50));
        Page<Item> second = page(query, PageRequest.after(Objects.requireNonNull(first.nextCursor()), 50));
        assertThat(statements.size() - before).as("statements for two pages").isEqualTo(2);
        assertThat(ids(second.items())).containsExactlyElementsOf(expected.subList(50, 100));
        for (Item item : second.items()) {
            assertThat(item.tags().stream().map(Tag::name).toList()).as("tags of " + item.id())
                    .containsExactlyElementsOf(tags.getOrDefault(item.id(), List.of()));
            assertThat(item.label()).isEqualTo("item " + item.id());
            assertThat(item.rnk()).as("not selected").isNull();
        }
        Page<Item> back = page(query, PageRequest.before(Objects.requireNonNull(second.previousCursor()), 50));
        assertThat(ids(back.items())).containsExactlyElementsOf(ids(first.items()));
        assertThat(back.previousCursor()).as("nothing before the first page").isNull();
        assertThat(back.hasMore()).isFalse();
    }

    @Test
    void aCursorOfAnotherSortIsRejected() {
        Page<Item> page = page(query(List.of(Sort.asc("day"))), PageRequest.first(PAGE));
        String cursor = Objects.requireNonNull(page.nextCursor());
        StepVerifier.create(query(List.of(Sort.desc("day"))).page(PageRequest.after(cursor, PAGE)))
                .expectErrorSatisfies(e -> assertThat(e).isInstanceOf(InvalidQueryException.class)
                        .hasMessageContaining("another query").hasMessageContaining("day desc"))
                .verify(Duration.ofSeconds(10));
        StepVerifier.create(query(List.of(Sort.asc("rnk"))).page(PageRequest.after(cursor, PAGE)))
                .expectError(InvalidQueryException.class).verify(Duration.ofSeconds(10));
    }

    @Test
    void aTamperedOrForeignCursorIsRejectedBeforeAnySql() {
        Query<Item> query = query(List.of(Sort.asc("rnk"), Sort.asc("day")));
        String cursor = Objects.requireNonNull(page(query, PageRequest.first(PAGE)).nextCursor());
        assertThat(cursor).matches("[A-Za-z0-9_-]+");
        int before = statements.size();
        for (int i = 0; i < cursor.length(); i++) {
            char c = cursor.charAt(i);
            String tampered = cursor.substring(0, i) + (c == 'A' ? 'B' : 'A') + cursor.substring(i + 1);
            StepVerifier.create(query.page(PageRequest.after(tampered, PAGE)))
                    .expectErrorSatisfies(e -> assertThat(e).isInstanceOf(InvalidQueryException.class)
                            .hasMessageContaining("invalid page cursor"))
                    .verify(Duration.ofSeconds(10));
        }
        for (String garbage : List.of("", "!!", "AAAA", cursor + "AA", cursor.substring(1))) {
            StepVerifier.create(query.page(PageRequest.after(garbage, PAGE)))
                    .expectError(InvalidQueryException.class).verify(Duration.ofSeconds(10));
        }
        assertThat(statements.size()).as("no SQL for a bad cursor").isEqualTo(before);

        Orm signed = ormBuilder(connectionFactory()).cursorKey("0123456789abcdef0123".getBytes()).build();
        Orm otherKey = ormBuilder(connectionFactory()).cursorKey("another key, 16 bytes+".getBytes()).build();
        try {
            Query<Item> signedQuery = signed.from(Item.class).orderBy(Sort.asc("rnk"), Sort.asc("day"));
            StepVerifier.create(signedQuery.page(PageRequest.after(cursor, PAGE)))
                    .expectError(InvalidQueryException.class).verify(Duration.ofSeconds(10));
            String signedCursor = Objects.requireNonNull(page(signedQuery, PageRequest.first(PAGE)).nextCursor());
            assertThat(ids(page(signedQuery, PageRequest.after(signedCursor, PAGE)).items()))
                    .containsExactlyElementsOf(oracle(List.of(Sort.asc("rnk"), Sort.asc("day"))).subList(PAGE, 2 * PAGE));
            StepVerifier.create(otherKey.from(Item.class).orderBy(Sort.asc("rnk"), Sort.asc("day"))
                            .page(PageRequest.after(signedCursor, PAGE)))
                    .expectErrorSatisfies(e -> assertThat(e).isInstanceOf(InvalidQueryException.class)
                            .hasMessageContaining("signed with another key"))
                    .verify(Duration.ofSeconds(10));
            StepVerifier.create(query.page(PageRequest.after(signedCursor, PAGE)))
                    .expectError(InvalidQueryException.class).verify(Duration.ofSeconds(10));
        } finally {
            signed.close().block(Duration.ofSeconds(10));
            otherKey.close().block(Duration.ofSeconds(10));
        }
    }

    @Test
    void limitOrOffsetWithPagesIsRejected() {
        StepVerifier.create(query(List.of(Sort.asc("day"))).limit(5).page(PageRequest.first(PAGE)))
                .expectErrorSatisfies(e -> assertThat(e).isInstanceOf(InvalidQueryException.class)
                        .hasMessageContaining("remove limit() and offset()"))
                .verify(Duration.ofSeconds(10));
        StepVerifier.create(query(List.of(Sort.asc("day"))).offset(5).stream(10))
                .expectError(InvalidQueryException.class).verify(Duration.ofSeconds(10));
    }

    @Test
    void streamReturnsEveryRowOnceInOrder() {
        List<Sort> sorts = List.of(Sort.desc("rnk"), Sort.asc("day"));
        List<Long> streamed = query(sorts).stream(100).map(Item::id).collectList().block(Duration.ofSeconds(60));
        assertThat(streamed).containsExactlyElementsOf(oracle(sorts));
    }

    @Test
    void streamQueriesTheNextPageOnlyWhenDemanded() {
        int before = statements.size();
        StepVerifier.create(query(List.of(Sort.asc("day"))).stream(100), 0)
                .thenAwait(Duration.ofMillis(200))
                .then(() -> assertThat(statements.size() - before).as("before any request").isZero())
                .thenRequest(150)
                .expectNextCount(150)
                .thenAwait(Duration.ofMillis(300))
                // Two pages hold the 150 rows; the next page may already be on its way (one page ahead, never more).
                .then(() -> assertThat(statements.size() - before).as("pages for 150 rows of 100-row pages").isBetween(2, 3))
                .thenRequest(50)
                .expectNextCount(50)
                .thenCancel()
                .verify(Duration.ofSeconds(30));
        assertThat(statements.size() - before).as("at most one page ahead").isLessThanOrEqualTo(3);
    }

    @Test
    void cancellingAStreamAfterAThousandRowsLeavesNoConnectionAcquired() {
        StepVerifier.create(query(List.of(Sort.desc("rnk"), Sort.desc("day"))).stream(64).take(1000).count())
                .expectNext(1000L).verifyComplete();
        ConnectionPool pool = (ConnectionPool) orm.connectionFactory();
        StepVerifier.create(Flux.interval(Duration.ofMillis(20)).map(i -> pool.getMetrics().orElseThrow().acquiredSize())
                        .filter(n -> n == 0).next())
                .expectNext(0).verifyComplete();
        assertThat(pool.getMetrics().orElseThrow().acquiredSize()).isZero();
    }
}
