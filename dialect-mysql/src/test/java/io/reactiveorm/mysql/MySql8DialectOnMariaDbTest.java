package io.reactiveorm.mysql;

import static org.assertj.core.api.Assertions.assertThat;

import io.reactiveorm.IncludeTree;
import io.reactiveorm.Orm;
import io.reactiveorm.Sort;
import io.reactiveorm.conformance.IncludeTreeConformance;
import io.reactiveorm.conformance.Library.Book;
import io.reactiveorm.conformance.Library.Person;
import io.reactiveorm.conformance.ReferenceData;
import io.reactiveorm.conformance.SchemaScripts;
import io.reactiveorm.conformance.Typed;
import io.reactiveorm.testing.TestDatabase;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The part of the MySQL 8 dialect MariaDB can run: collections without a per-parent limit, aggregated with
 * {@code GROUP_CONCAT(.. ORDER BY ..)} and re-parsed by {@code JSON_EXTRACT}, must load exactly what the MariaDB
 * dialect loads. (Limited collections use a correlated derived table, which only MySQL 8.0.14+ accepts; no MySQL
 * server is available here.)
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MySql8DialectOnMariaDbTest {

    @RegisterExtension
    static final TestDatabase db = TestDatabase.mariadb();

    private Orm mariadb;
    private Orm mysql8;

    @BeforeAll
    void load() {
        var factory = MySqlTests.connectionFactory(db);
        SchemaScripts.run(factory, "/conformance/mariadb.sql").block(Duration.ofSeconds(60));
        mariadb = Orm.builder(factory).pool(true, 2).build();
        mysql8 = Orm.builder(factory).pool(true, 2).dialect(MySqlDialectProvider.mysql8()).build();
        new ReferenceData(mariadb.dialect().sql()).insert(factory).block(Duration.ofSeconds(120));
    }

    @AfterAll
    void close() {
        if (mariadb != null) {
            mariadb.close().block(Duration.ofSeconds(10));
            mysql8.close().block(Duration.ofSeconds(10));
        }
    }

    @Test
    void unlimitedCollectionsLoadTheSameAsWithTheMariaDbDialect() {
        IncludeTree tree = IncludeTree.parse(IncludeTreeConformance.REFERENCE_TREE);
        List<Book> expected = mariadb.from(Book.class).includeTree(tree).orderBy(Sort.asc("id")).fetchAll()
                .collectList().block(Duration.ofSeconds(60));
        assertThat(mysql8.from(Book.class).includeTree(tree).orderBy(Sort.asc("id")).fetchAll()
                .collectList().block(Duration.ofSeconds(60))).isNotEmpty().containsExactlyElementsOf(expected);
        IncludeTree deep = IncludeTree.parse("firstname,books(title,reviews(title,reviewer(books(title))))");
        assertThat(mysql8.from(Person.class).includeTree(deep).fetchAll().collectList().block(Duration.ofSeconds(60)))
                .containsExactlyElementsOf(mariadb.from(Person.class).includeTree(deep).fetchAll().collectList()
                        .block(Duration.ofSeconds(60)));
        assertThat(mysql8.from(Typed.Holder.class).includeTree(t -> t.include("one").include("items"))
                .orderBy(Sort.asc("id")).fetchAll().collectList().block(Duration.ofSeconds(60)).get(0).items())
                .containsExactlyElementsOf(ReferenceData.typedRows().subList(0, 2));
    }
}
