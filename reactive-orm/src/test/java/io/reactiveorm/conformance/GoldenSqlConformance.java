package io.reactiveorm.conformance;

import io.reactiveorm.Filter;
import io.reactiveorm.IncludeTree;
import io.reactiveorm.JsonEncoding;
import io.reactiveorm.Orm;
import io.reactiveorm.PageRequest;
import io.reactiveorm.Query;
import io.reactiveorm.RenderedSql;
import io.reactiveorm.Sort;
import io.reactiveorm.IncludeLimits;
import io.reactiveorm.conformance.Accounts.Account;
import io.reactiveorm.conformance.Blog.Post;
import io.reactiveorm.conformance.Keywords.Entry;
import io.reactiveorm.conformance.Keywords.Ledger;
import io.reactiveorm.conformance.Shop.Customer;
import io.reactiveorm.internal.model.EntityModel;
import io.reactiveorm.internal.model.EntityModels;
import io.reactiveorm.internal.plan.BulkRows;
import io.reactiveorm.internal.plan.Dml;
import io.reactiveorm.internal.plan.DmlCompiler;
import io.reactiveorm.internal.plan.PageShape;
import io.reactiveorm.internal.plan.QueryCompiler;
import io.reactiveorm.internal.plan.QueryShape;
import io.reactiveorm.spi.BulkConflict;
import io.reactiveorm.conformance.Library.Book;
import io.reactiveorm.conformance.Library.Person;
import io.reactiveorm.spi.Dialect;
import io.reactiveorm.testing.Golden;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.r2dbc.spi.ConnectionFactory;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden SQL: the SQL text each dialect renders for the reference queries is checked against
 * {@code src/test/resources/golden/<case>.sql} of the dialect module, so every change in generated SQL shows in
 * review. No database is needed: the connection factory is never asked for a connection.
 */
public abstract class GoldenSqlConformance {

    /** @return the dialect under test */
    protected abstract Dialect dialect();

    /** @return any connection factory of the dialect's driver (never connected) */
    protected abstract ConnectionFactory unusedConnectionFactory();

    /** @return the reference queries, by case name */
    public static Map<String, Function<Orm, Query<?>>> referenceQueries() {
        Map<String, Function<Orm, Query<?>>> cases = new LinkedHashMap<>();
        cases.put("book-reference-tree", orm -> orm.from(Book.class).includeTree(IncludeTree.parse(IncludeTreeConformance.REFERENCE_TREE))
                .where(Filter.gte("publishedAt", LocalDate.of(2020, 1, 1))).orderBy(Sort.asc("id")));
        cases.put("book-reviews-limited", orm -> orm.from(Book.class).includeTree(t -> t.fields("title")
                .include("reviews", r -> r.fields("title").where(Filter.isNotNull("title")).orderBy(Sort.desc("id")).limit(10))
                .count("reviews")));
        cases.put("blog-posts", orm -> orm.from(Post.class).includeTree(t -> t.fields("title", "createdAt")
                        .include("author").include("category", c -> c.fields("name").include("parent", p -> p.fields("name")))
                        .include("tags")
                        .include("comments", c -> c.orderBy(Sort.desc("createdAt")).limit(20).include("author"))
                        .count("comments", "tags"))
                .where(Filter.eq("category.name", "news")).orderBy(Sort.desc("createdAt")).limit(20).offset(40));
        cases.put("person-depth-four", orm -> orm.from(Person.class)
                .includeTree(IncludeTree.parse("firstname,books(title,reviews[limit=3](title,reviewer(books(title))))"))
                .where(Filter.or(Filter.contains("lastname", "50%"), Filter.in("id", 1L, 2L, 3L))));
        cases.put("typed-all-fields", orm -> orm.from(Typed.Holder.class).includeTree(t -> t.include("one").include("items"))
                .orderBy(Sort.asc("id")));
        return cases;
    }

    /**
     * Keyset pages (first, after a cursor, after a cursor whose nullable key is NULL, before a cursor) of a query
     * sorted by a nullable column descending and a nullable column ascending, and a filtered count: the SQL each
     * sends, by case name.
     */
    public static Map<String, Function<Orm, String>> pageAndCountStatements() {
        Map<String, Function<Orm, String>> cases = new LinkedHashMap<>();
        cases.put("book-page-first", orm -> RenderedSql.page(pagedBooks(orm), PageRequest.first(20)));
        cases.put("book-page-after", orm -> RenderedSql.page(pagedBooks(orm),
                PageRequest.after(bookCursor(orm, LocalDate.of(2021, 6, 1)), 20)));
        cases.put("book-page-after-null-key", orm -> RenderedSql.page(pagedBooks(orm),
                PageRequest.after(bookCursor(orm, null), 20)));
        cases.put("book-page-before", orm -> RenderedSql.page(pagedBooks(orm),
                PageRequest.before(bookCursor(orm, LocalDate.of(2021, 6, 1)), 20)));
        cases.put("book-count-filtered", orm -> RenderedSql.count(orm.from(Book.class).includeTree(t -> t.fields("title"))
                .where(Filter.and(Filter.gte("publishedAt", LocalDate.of(2020, 1, 1)), Filter.eq("author.lastname", "Butler")))
                .orderBy(Sort.desc("publishedAt"))));
        return cases;
    }

    /** Books with their author, sorted by publishedAt descending, then title (both nullable), then id. */
    private static Query<Book> pagedBooks(Orm orm) {
        return orm.from(Book.class).includeTree(t -> t.fields("title").include("author", a -> a.fields("lastname")))
                .where(Filter.ne("title", "draft")).orderBy(Sort.desc("publishedAt"), Sort.asc("title"));
    }

    private static String bookCursor(Orm orm, LocalDate publishedAt) {
        return RenderedSql.cursor(orm, Book.class, pagedBooks(orm), publishedAt, "Kindred", 42L);
    }

    static Stream<String> pageAndCountCases() {
        return pageAndCountStatements().keySet().stream();
    }

    static Stream<Arguments> cases() {
        return referenceQueries().keySet().stream().flatMap(name -> Stream.of(Arguments.of(name, JsonEncoding.ARRAYS),
                Arguments.of(name, JsonEncoding.KEYS)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("io.reactiveorm.conformance.GoldenSqlConformance#cases")
    void renderedSqlMatchesTheGoldenFile(String name, JsonEncoding encoding) {
        Orm orm = Orm.builder(unusedConnectionFactory()).pool(false, 1).dialect(dialect()).jsonEncoding(encoding).build();
        String sql = referenceQueries().get(name).apply(orm).toSql();
        String caseName = name + (encoding == JsonEncoding.ARRAYS ? "" : "-keys");
        Golden.assertSql(caseName, sql);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.reactiveorm.conformance.GoldenSqlConformance#pageAndCountCases")
    void pageAndCountSqlMatchesTheGoldenFile(String name) {
        Orm orm = Orm.builder(unusedConnectionFactory()).pool(false, 1).dialect(dialect()).build();
        Golden.assertSql(name, pageAndCountStatements().get(name).apply(orm));
    }

    /**
     * Every statement kind for the keyword model ({@code keywords.sql}): each keyword, mixed-case or spaced name
     * must be quoted wherever it appears.
     */
    @Test
    void keywordIdentifiersAreQuotedInEveryStatementKind() {
        Orm orm = Orm.builder(unusedConnectionFactory()).pool(false, 1).dialect(dialect()).build();
        EntityModels models = new EntityModels();
        EntityModel ledger = models.get(Ledger.class);
        DmlCompiler dml = new DmlCompiler(dialect());
        QueryCompiler queries = new QueryCompiler(dialect(), JsonEncoding.ARRAYS, models, IncludeLimits.DEFAULT);
        Ledger row = new Ledger(7L, LocalDate.of(2024, 2, 29), "cu", "u", 1, "w", "o", "s", 2, 3, BigDecimal.ONE, 4, "M", null);
        Filter onKeywords = Filter.and(Filter.eq("currentDate", row.currentDate()), Filter.eq("window", "w"),
                Filter.in("mixedCase", "a", "b"));
        List<String> statements = new ArrayList<>();
        statements.add(orm.from(Ledger.class).includeTree(t -> t.include("entries", e -> e.fields("groupBy", "rank")
                        .where(Filter.gt("rank", 0)).orderBy(Sort.desc("rank")).limit(5)))
                .where(onKeywords).orderBy(Sort.desc("currentDate")).limit(10).toSql());
        statements.add(orm.from(Entry.class).includeTree(t -> t.include("ledger", l -> l.fields("select", "only")))
                .where(Filter.eq("ledger.user", "u")).orderBy(Sort.asc("ledger.order")).toSql());
        QueryShape paged = QueryShape.of(Ledger.class, IncludeTree.ALL_FIELDS, onKeywords,
                List.of(Sort.desc("rank"), Sort.asc("window")), null, false, false);
        statements.add(queries.compilePage(new PageShape(paged, 21, false, List.of(false, false, false)), onKeywords).query().sql());
        statements.add(queries.compile(QueryShape.of(Ledger.class, IncludeTree.ALL_FIELDS, onKeywords, List.of(), null,
                false, true), onKeywords).sql());
        statements.add(dml.insert(ledger, new Ledger(null, row.currentDate(), "cu", "u", 1, "w", "o", "s", 2, 3,
                BigDecimal.ONE, 4, "M", null)).sql());
        statements.add(dml.insertAll(ledger, List.of(row, row)).get(0).sql());
        statements.add(dml.update(ledger, row, List.of()).sql());
        statements.add(dml.upsert(ledger, row).sql());
        statements.add(dml.delete(ledger, row).sql());
        statements.add(dml.updateWhere(ledger, Map.of("only", "x"), Map.of("limit", 1), onKeywords).sql());
        statements.add(dml.deleteWhere(ledger, onKeywords).sql());
        for (BulkConflict conflict : BulkConflict.values()) {
            if (dialect().bulk().supports(conflict)) {
                BulkRows bulk = BulkRows.of(ledger, dialect(), row, conflict);
                statements.add(bulk.insert(bulk.convert(List.of(row), 1), conflict).sql());
            }
        }
        statements.add("-- bulk table: " + BulkRows.of(ledger, dialect(), row, BulkConflict.ERROR).table().name() + " ("
                + BulkRows.of(ledger, dialect(), row, BulkConflict.ERROR).table().columnList() + ")");
        statements.add("-- generated column: " + dialect().sql().generatedColumn(ledger.id().column()));
        Golden.assertSql("keywords", String.join(";\n\n", statements));
    }

    /** The write statements ({@code writes.sql}); see {@link #writeStatements}. */
    @Test
    void writeStatementsMatchTheGoldenFile() {
        Golden.assertSql("writes", writeStatements(dialect()));
    }

    /**
     * The write statements a dialect renders: inserts of one entity and of many rows (and how the bind parameter
     * limit splits a large insertAll and a bulk load into statements), upserts (also of an entity with nothing but
     * its id), and the bulk loader's multi-row inserts for each conflict handling it supports.
     *
     * @param dialect the dialect
     * @return the statements, each after a comment naming it
     */
    public static String writeStatements(Dialect dialect) {
        EntityModels models = new EntityModels();
        EntityModel account = models.get(Account.class);
        EntityModel customer = models.get(Customer.class);
        EntityModel typed = models.get(Typed.class);
        DmlCompiler dml = new DmlCompiler(dialect);
        Account given = new Account(7L, "Ada", new BigDecimal("10.50"), "x", 3L);
        Typed every = new Typed(5L, "t", 1, 2L, (short) 3, true, new BigDecimal("4.50"), 0.5, 0.25f, LocalDate.of(2024, 2, 29),
                LocalTime.of(12, 30), LocalDateTime.of(2024, 2, 29, 12, 30), OffsetDateTime.of(2024, 2, 29, 12, 30, 0, 0, ZoneOffset.UTC),
                Instant.parse("2024-02-29T12:30:00Z"), new UUID(1, 2), new byte[] {1, 2}, Typed.Mood.HAPPY,
                JsonNodeFactory.instance.objectNode().put("k", "v"), 6L, true);
        List<String> out = new ArrayList<>();
        out.add("-- insert, generated id\n" + dml.insert(account, Account.of("Ada", "10.50")).sql());
        out.add("-- insert, given id\n" + dml.insert(account, given).sql());
        out.add("-- insert, every value kind\n" + dml.insert(typed, every).sql());
        out.add("-- insertAll, given ids\n" + sql(dml.insertAll(account, List.of(given, new Account(8L, "Bob", BigDecimal.ONE, null, null),
                new Account(9L, "Cy", BigDecimal.TEN, "y", null)))));
        out.add("-- insertAll, generated ids\n" + sql(dml.insertAll(account, List.of(Account.of("Ada", "1"), Account.of("Bob", "2")))));
        List<Account> many = new ArrayList<>();
        for (long i = 1; i <= 20_000; i++) {
            many.add(new Account(i, "n" + i, BigDecimal.ONE, "s", null));
        }
        out.add("-- insertAll of 20000 rows of 5 columns: statements of "
                + dml.insertAll(account, many).stream().map(d -> String.valueOf(d.values().length / 5)).collect(Collectors.joining(", "))
                + " rows");
        out.add("-- upsert\n" + dml.upsert(account, given).sql());
        out.add("-- upsert, only the id and version\n" + dml.upsert(account, new Account(7L, null, null, null, null)).sql());
        out.add("-- upsert, only the id\n" + dml.upsert(customer, new Customer(7L, null)).sql());
        out.add("-- upsert, every value kind\n" + dml.upsert(typed, every).sql());
        for (BulkConflict conflict : BulkConflict.values()) {
            if (dialect.bulk().supports(conflict)) {
                BulkRows bulk = BulkRows.of(account, dialect, given, conflict);
                out.add("-- bulk insert, " + conflict + "\n" + bulk.insert(bulk.convert(List.of(given,
                        new Account(8L, "Bob", BigDecimal.ONE, null, null)), 1), conflict).sql());
                out.add("-- bulk rows per statement, " + conflict + ": " + bulk.rowsPerStatement());
            } else {
                out.add("-- bulk insert, " + conflict + ": not supported");
            }
        }
        BulkRows generated = BulkRows.of(account, dialect, Account.of("Ada", "1"), BulkConflict.ERROR);
        out.add("-- bulk insert, generated ids\n" + generated.insert(generated.convert(List.of(Account.of("Ada", "1"),
                Account.of("Bob", "2")), 1), BulkConflict.ERROR).sql());
        out.add("-- bulk rows per statement, generated ids: " + generated.rowsPerStatement());
        BulkRows customers = BulkRows.of(customer, dialect, new Customer(7L, "Ada"), BulkConflict.ERROR);
        for (BulkConflict conflict : BulkConflict.values()) {
            if (dialect.bulk().supports(conflict)) {
                out.add("-- bulk insert of two columns, " + conflict + "\n" + customers.insert(customers.convert(
                        List.of(new Customer(7L, "Ada")), 1), conflict).sql());
            }
        }
        return String.join(";\n\n", out);
    }

    private static String sql(List<Dml> statements) {
        return statements.stream().map(Dml::sql).collect(Collectors.joining(";\n"));
    }
}
