package io.reactiveorm.bench.jmh;

import io.r2dbc.spi.ConnectionFactories;
import io.r2dbc.spi.ConnectionFactory;
import io.reactiveorm.Filter;
import io.reactiveorm.IncludeTree;
import io.reactiveorm.JsonEncoding;
import io.reactiveorm.Orm;
import io.reactiveorm.Query;
import io.reactiveorm.Sort;
import io.reactiveorm.bench.model.Library.Book;
import io.reactiveorm.postgres.PostgresDialectProvider;

/** The reference include tree of the benchmarks and an ORM that never connects. */
final class ReferenceTree {
    static final String TEXT = "title,author(firstname,lastname),reviews(title,reviewer(firstname,lastname,books(title)))";

    /** Never asked for a connection: the benchmarks only plan, render and decode. */
    static final ConnectionFactory UNUSED = ConnectionFactories.get("r2dbc:postgresql://nobody@127.0.0.1:1/unused");

    private ReferenceTree() {
    }

    static Orm orm(JsonEncoding encoding) {
        return Orm.builder(UNUSED).pool(false, 1).dialect(PostgresDialectProvider.dialect()).jsonEncoding(encoding).build();
    }

    static Filter range(long lo) {
        return Filter.and(Filter.gte("id", lo), Filter.lte("id", lo + 99));
    }

    static Query<Book> query(Orm orm, IncludeTree tree, long lo) {
        return orm.from(Book.class).includeTree(tree).where(range(lo)).orderBy(Sort.asc("id"));
    }
}
