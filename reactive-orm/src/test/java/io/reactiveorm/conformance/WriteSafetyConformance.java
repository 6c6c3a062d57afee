package io.reactiveorm.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.r2dbc.spi.ConnectionFactory;
import io.reactiveorm.BulkLoadException;
import io.reactiveorm.Filter;
import io.reactiveorm.IncludeTree;
import io.reactiveorm.InvalidQueryException;
import io.reactiveorm.OptimisticLockException;
import io.reactiveorm.Orm;
import io.reactiveorm.Page;
import io.reactiveorm.PageRequest;
import io.reactiveorm.Sort;
import io.reactiveorm.conformance.Accounts.Account;
import io.reactiveorm.conformance.Shop.Customer;
import io.reactiveorm.conformance.Shop.Product;
import io.reactiveorm.conformance.Shop.Purchase;
import io.reactiveorm.conformance.Shop.PurchaseRow;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

/**
 * Writes never lose data silently, on every dialect: an update of a partly loaded entity writes only what was
 * loaded, {@code @BelongsTo} objects set their foreign keys, {@code @ManyToMany} links are written to a join table
 * without an id, and every operation inside a unit of work, including those that run later or on demand, runs in
 * the unit's transaction.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class WriteSafetyConformance {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private Orm orm;

    /** @return a connection factory on a fresh, empty schema */
    protected abstract ConnectionFactory connectionFactory();

    /** @return the DDL of the {@code account} and shop tables */
    protected abstract String schemaResource();

    /**
     * @param factory where the ORM's connections come from
     * @return a builder for every ORM of the suite; override to set a dialect the driver does not find by itself
     */
    protected Orm.Builder ormBuilder(ConnectionFactory factory) {
        return Orm.builder(factory);
    }

    @BeforeAll
    void createSchema() {
        SchemaScripts.run(connectionFactory(), schemaResource()).block(Duration.ofSeconds(60));
        orm = ormBuilder(connectionFactory()).pool(true, 4).build();
    }

    @AfterAll
    void close() {
        if (orm != null) {
            orm.close().block(Duration.ofSeconds(10));
        }
    }

    @BeforeEach
    void empty() {
        SchemaScripts.run(connectionFactory(), "/conformance/empty-shop.sql").block(WAIT);
        orm.deleteAll(Account.class).execute()
                .then(orm.deleteAll(Purchase.class).execute())
                .then(orm.deleteAll(Product.class).execute())
                .then(orm.deleteAll(Customer.class).execute()).block(WAIT);
    }

    private Account stored(long id) {
        return orm.from(Account.class).where(Filter.eq("id", id)).fetchOne().block(WAIT);
    }

    // 1. Partly loaded entities

    @Test
    void everyTreeLoadsTheIdAndTheVersion() {
        Account saved = orm.insert(Account.of("Ada", "10.50")).block(WAIT);
        Account partial = orm.from(Account.class).includeTree(IncludeTree.parse("balance")).fetchOne().block(WAIT);
        assertThat(partial.id()).isEqualTo(saved.id());
        assertThat(partial.version()).isZero();
        assertThat(partial.name()).as("left out of the tree").isNull();
    }

    @Test
    void updateOfAPartlyLoadedEntityWritesOnlyWhatWasLoaded() {
        Account saved = orm.insert(Account.of("Ada", "10.50")).block(WAIT);
        orm.updateAll(Account.class).set("status", "gold").where(Filter.eq("id", saved.id())).execute().block(WAIT);
        Account partial = orm.from(Account.class).includeTree(t -> t.fields("balance")).fetchOne().block(WAIT);

        Account updated = orm.update(partial.withBalance("20.00")).block(WAIT);

        assertThat(updated.name()).as("not loaded, kept").isEqualTo("Ada");
        assertThat(updated.status()).as("not loaded, kept").isEqualTo("gold");
        assertThat(updated.balance()).isEqualByComparingTo("20.00");
        assertThat(updated.version()).isEqualTo(1L);
        assertThat(stored(saved.id())).isEqualTo(updated);
    }

    @Test
    void updateOfAPartlyLoadedEntityKeepsItsForeignKey() {
        Customer ada = orm.insert(new Customer(null, "Ada")).block(WAIT);
        PurchaseRow row = orm.insert(new PurchaseRow(null, "first", ada.id(), null)).block(WAIT);
        PurchaseRow partial = orm.from(PurchaseRow.class).includeTree(t -> t.fields("note")).fetchOne().block(WAIT);
        assertThat(partial.customerId()).as("left out of the tree").isNull();

        orm.update(new PurchaseRow(partial.id(), "changed", null, null)).block(WAIT);

        PurchaseRow stored = orm.from(PurchaseRow.class).where(Filter.eq("id", row.id())).fetchOne().block(WAIT);
        assertThat(stored.note()).isEqualTo("changed");
        assertThat(stored.customerId()).as("customer_id never loaded, so never written").isEqualTo(ada.id());
    }

    @Test
    void namedAttributesAreWrittenNullsIncluded() {
        Customer ada = orm.insert(new Customer(null, "Ada")).block(WAIT);
        PurchaseRow row = orm.insert(new PurchaseRow(null, "first", ada.id(), null)).block(WAIT);

        PurchaseRow patched = orm.update(new PurchaseRow(row.id(), null, null, null), "note").block(WAIT);

        assertThat(patched.note()).isNull();
        assertThat(patched.customerId()).isEqualTo(ada.id());
        PurchaseRow unlinked = orm.update(new PurchaseRow(row.id(), null, null, null), "customer").block(WAIT);
        assertThat(unlinked.customerId()).as("the relation's name writes its key").isNull();
        StepVerifier.create(orm.update(row, "nickname")).expectErrorSatisfies(e -> assertThat(e)
                .isInstanceOf(InvalidQueryException.class)
                .hasMessageContaining("PurchaseRow: cannot update 'nickname'").hasMessageContaining("note, customerId, customer"))
                .verify(WAIT);
        StepVerifier.create(orm.update(row, "id")).expectError(InvalidQueryException.class).verify(WAIT);
    }

    @Test
    void aVersionedEntityWithoutItsVersionFailsClearlyAndWritesNothing() {
        Account saved = orm.insert(Account.of("Ada", "10.50")).block(WAIT);
        Account noVersion = new Account(saved.id(), "Eve", BigDecimal.ONE, null, null);
        for (Mono<?> write : List.of(orm.update(noVersion), orm.delete(noVersion))) {
            StepVerifier.create(write).expectErrorSatisfies(e -> assertThat(e).isInstanceOf(InvalidQueryException.class)
                    .hasMessageContaining("Account.version is null")).verify(WAIT);
        }
        StepVerifier.create(orm.update(new Account(saved.id(), "Eve", BigDecimal.ONE, null, 7L)))
                .expectError(OptimisticLockException.class).verify(WAIT);
        assertThat(stored(saved.id())).isEqualTo(saved);
    }

    @Test
    void upsertLeavesColumnsOfNullAttributesAlone() {
        Account saved = orm.insert(Account.of("Ada", "10.50")).block(WAIT);
        orm.updateAll(Account.class).set("status", "gold").where(Filter.eq("id", saved.id())).execute().block(WAIT);
        Account upserted = orm.upsert(new Account(saved.id(), "Ada", new BigDecimal("3.00"), null, 0L)).block(WAIT);
        assertThat(upserted.status()).isEqualTo("gold");
        assertThat(upserted.balance()).isEqualByComparingTo("3.00");
        Account inserted = orm.upsert(new Account(saved.id() + 100, "Bob", BigDecimal.ONE, null, null)).block(WAIT);
        assertThat(inserted.status()).as("column default").isEqualTo("new");
    }

    // 2. Relation objects

    @Test
    void insertTakesTheForeignKeyFromTheRelatedObject() {
        Customer ada = orm.insert(new Customer(null, "Ada")).block(WAIT);
        Purchase saved = orm.insert(Purchase.of("first", ada)).block(WAIT);
        assertThat(customerOf(saved.id())).isEqualTo(ada);
        List<Purchase> many = orm.insertAll(List.of(Purchase.of("a", ada), Purchase.of("b", null))).block(WAIT);
        assertThat(customerOf(many.get(0).id())).isEqualTo(ada);
        assertThat(customerOf(many.get(1).id())).isNull();
    }

    @Test
    void upsertAndUpdateTakeTheForeignKeyFromTheRelatedObject() {
        Customer ada = orm.insert(new Customer(null, "Ada")).block(WAIT);
        Customer bob = orm.insert(new Customer(null, "Bob")).block(WAIT);
        orm.upsert(new Purchase(500L, "upserted", ada, null)).block(WAIT);
        assertThat(customerOf(500L)).isEqualTo(ada);
        orm.upsert(new Purchase(500L, "upserted", bob, null)).block(WAIT);
        assertThat(customerOf(500L)).isEqualTo(bob);
        orm.update(new Purchase(500L, "updated", ada, null)).block(WAIT);
        assertThat(customerOf(500L)).isEqualTo(ada);
        orm.update(new Purchase(500L, "note only", null, null)).block(WAIT);
        assertThat(customerOf(500L)).as("a relation left out keeps its key").isEqualTo(ada);
    }

    @Test
    void bulkLoadTakesTheForeignKeyFromTheRelatedObject() {
        Customer ada = orm.insert(new Customer(null, "Ada")).block(WAIT);
        long loaded = orm.bulk(Purchase.class).load(Flux.range(1, 250).map(i -> Purchase.of("p" + i, i % 2 == 0 ? ada : null)))
                .block(WAIT);
        assertThat(loaded).isEqualTo(250);
        assertThat(orm.from(PurchaseRow.class).where(Filter.eq("customerId", ada.id())).count().block(WAIT)).isEqualTo(125);
        StepVerifier.create(orm.bulk(Purchase.class).load(Flux.just(Purchase.of("x", ada), Purchase.of("y", new Customer(null, "new")))))
                .expectErrorSatisfies(e -> assertThat(e).isInstanceOf(BulkLoadException.class).hasMessageContaining("row 2")
                        .hasMessageContaining("Purchase.customer: the related Customer has no id"))
                .verify(WAIT);
        assertThat(orm.from(Purchase.class).count().block(WAIT)).isEqualTo(250);
    }

    @Test
    void aRelatedObjectWithoutIdOrDisagreeingWithTheKeyFailsClearlyAndWritesNothing() {
        Customer ada = orm.insert(new Customer(null, "Ada")).block(WAIT);
        StepVerifier.create(orm.insert(Purchase.of("x", new Customer(null, "unsaved"))))
                .expectErrorSatisfies(e -> assertThat(e).isInstanceOf(InvalidQueryException.class)
                        .hasMessageContaining("Purchase.customer: the related Customer has no id")).verify(WAIT);
        StepVerifier.create(orm.insert(new PurchaseRow(null, "x", ada.id() + 1, ada)))
                .expectErrorSatisfies(e -> assertThat(e).isInstanceOf(InvalidQueryException.class)
                        .hasMessageContaining("PurchaseRow.customer: the related Customer has id " + ada.id())
                        .hasMessageContaining("PurchaseRow.customerId is " + (ada.id() + 1))).verify(WAIT);
        PurchaseRow agreeing = orm.insert(new PurchaseRow(null, "ok", null, ada)).block(WAIT);
        assertThat(agreeing.customerId()).isEqualTo(ada.id());
        assertThat(orm.from(Purchase.class).count().block(WAIT)).isEqualTo(1);
    }

    @Test
    void manyToManyLinksAreWrittenToAJoinTableWithoutId() {
        Customer ada = orm.insert(new Customer(null, "Ada")).block(WAIT);
        List<Product> products = orm.insertAll(List.of(new Product(1L, "pen"), new Product(2L, "ink"), new Product(3L, "pad")))
                .block(WAIT);
        Purchase purchase = orm.insert(Purchase.of("first", ada)).block(WAIT);

        assertThat(orm.link(purchase, "products", products).block(WAIT)).isEqualTo(3);
        assertThat(productsOf(purchase.id())).containsExactly("pen", "ink", "pad");
        assertThat(orm.unlink(purchase, "products", List.of(products.get(1))).block(WAIT)).isEqualTo(1);
        assertThat(productsOf(purchase.id())).containsExactly("pen", "pad");

        StepVerifier.create(orm.inTransaction(tx -> tx.link(purchase, "products", List.of(products.get(1)))
                        .then(tx.link(purchase, "products", List.of(products.get(0))))))
                .expectError().verify(WAIT);
        assertThat(productsOf(purchase.id())).as("the duplicate rolled back the unit").containsExactly("pen", "pad");
        StepVerifier.create(orm.link(purchase, "customer", List.of(ada))).expectErrorSatisfies(e -> assertThat(e)
                .isInstanceOf(InvalidQueryException.class).hasMessageContaining("Purchase.customer: links are written for @ManyToMany"))
                .verify(WAIT);
        StepVerifier.create(orm.link(purchase, "products", List.of(new Product(null, "unsaved")))).expectErrorSatisfies(e ->
                assertThat(e).isInstanceOf(InvalidQueryException.class).hasMessageContaining("the Product has no id")).verify(WAIT);
    }

    private Customer customerOf(long purchase) {
        return orm.from(Purchase.class).includeTree(IncludeTree.parse("note,customer")).where(Filter.eq("id", purchase))
                .fetchOne().map(p -> Optional.ofNullable(p.customer())).block(WAIT).orElse(null);
    }

    private List<String> productsOf(long purchase) {
        return orm.from(Purchase.class).includeTree(IncludeTree.parse("products[orderBy=id](name)"))
                .where(Filter.eq("id", purchase)).fetchOne().block(WAIT).products().stream().map(Product::name).toList();
    }

    // 3. Every operation runs in the caller's transaction

    /** Inserts three accounts in a unit, runs {@code operation} in it, then rolls the unit back. */
    private <T> T insideAUnit(Function<Orm, Mono<T>> operation) {
        Object[] seen = {null};
        StepVerifier.create(orm.inTransaction(tx -> tx.insertAll(List.of(Account.of("a", "1"), Account.of("b", "2"), Account.of("c", "3")))
                        .then(operation.apply(tx)).doOnNext(v -> seen[0] = v)
                        .then(Mono.error(new IllegalStateException("roll back")))))
                .expectErrorMessage("roll back").verify(WAIT);
        assertThat(orm.from(Account.class).count().block(WAIT)).as("rolled back").isZero();
        @SuppressWarnings("unchecked")
        T value = (T) seen[0];
        return value;
    }

    @Test
    void fetchAllRunsInTheUnit() {
        assertThat(this.<List<Account>>insideAUnit(tx -> tx.from(Account.class).fetchAll().collectList())).hasSize(3);
    }

    @Test
    void fetchOneRunsInTheUnit() {
        assertThat(this.<Account>insideAUnit(tx -> tx.from(Account.class).where(Filter.eq("name", "b")).fetchOne()).name())
                .isEqualTo("b");
    }

    @Test
    void countRunsInTheUnit() {
        assertThat(this.<Long>insideAUnit(tx -> tx.from(Account.class).count())).isEqualTo(3);
    }

    @Test
    void pageRunsInTheUnit() {
        Page<Account> page = insideAUnit(tx -> tx.from(Account.class).orderBy(Sort.asc("name")).page(PageRequest.first(2))
                .flatMap(first -> tx.from(Account.class).orderBy(Sort.asc("name")).page(PageRequest.after(first.nextCursor(), 2))));
        assertThat(page.items()).extracting(Account::name).containsExactly("c");
    }

    @Test
    void streamRunsInTheUnitPageByPage() {
        List<Account> streamed = insideAUnit(tx -> tx.from(Account.class).orderBy(Sort.asc("name")).stream(1)
                .limitRate(1).delayElements(Duration.ofMillis(5)).collectList());
        assertThat(streamed).extracting(Account::name).containsExactly("a", "b", "c");
    }

    @Test
    void writesRunInTheUnit() {
        Long rows = insideAUnit(tx -> tx.updateAll(Account.class).set("status", "x").execute()
                .flatMap(n -> tx.from(Account.class).where(Filter.eq("name", "a")).fetchOne()
                        .flatMap(a -> tx.update(a.withBalance("5")))
                        .flatMap(a -> tx.upsert(new Account(a.id() + 1000, "d", BigDecimal.ONE, null, null)))
                        .flatMap(d -> tx.delete(d))
                        .then(tx.deleteAll(Account.class).where(Filter.eq("name", "c")).execute())
                        .map(deleted -> n * 10 + deleted)));
        assertThat(rows).as("3 updated by filter, 1 deleted by filter").isEqualTo(31);
    }

    @Test
    void bulkLoadAndLinksRunInTheUnit() {
        Long seen = insideAUnit(tx -> tx.bulk(Account.class).load(Flux.range(1, 5).map(i -> new Account(null, "n" + i, BigDecimal.ONE, "s", null)))
                .then(tx.from(Account.class).count()));
        assertThat(seen).isEqualTo(8);
        Customer ada = orm.insert(new Customer(null, "Ada")).block(WAIT);
        Purchase purchase = orm.insert(Purchase.of("p", ada)).block(WAIT);
        StepVerifier.create(orm.inTransaction(tx -> tx.insert(new Product(9L, "pen"))
                        .flatMap(p -> tx.link(purchase, "products", List.of(p)))
                        .then(Mono.error(new IllegalStateException("roll back")))))
                .expectErrorMessage("roll back").verify(WAIT);
        assertThat(orm.from(Product.class).count().block(WAIT)).isZero();
    }
}
