package io.reactiveorm.mysql;

import io.r2dbc.spi.ConnectionFactories;
import io.reactiveorm.JsonEncoding;
import io.reactiveorm.Orm;
import io.reactiveorm.conformance.GoldenSqlConformance;
import io.reactiveorm.testing.Golden;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden SQL of the reference queries, keyset pages and counts for the MySQL 8 dialect
 * ({@link MySqlDialectProvider#mysql8()}), in {@code golden/mysql8-<case>.sql}, and its write statements in
 * {@code golden/mysql8-writes.sql}. Rendering only: no MySQL 8 server is available to these tests.
 */
class MySql8GoldenSqlTest {

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("io.reactiveorm.conformance.GoldenSqlConformance#cases")
    void renderedSqlMatchesTheGoldenFile(String name, JsonEncoding encoding) {
        Orm orm = Orm.builder(ConnectionFactories.get("r2dbc:mysql://nobody@127.0.0.1:1/unused")).pool(false, 1)
                .dialect(MySqlDialectProvider.mysql8()).jsonEncoding(encoding).build();
        String sql = GoldenSqlConformance.referenceQueries().get(name).apply(orm).toSql();
        Golden.assertSql("mysql8-" + name + (encoding == JsonEncoding.ARRAYS ? "" : "-keys"), sql);
    }

    @Test
    void writeStatementsMatchTheGoldenFile() {
        Golden.assertSql("mysql8-writes", GoldenSqlConformance.writeStatements(MySqlDialectProvider.mysql8()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.reactiveorm.conformance.GoldenSqlConformance#pageAndCountCases")
    void pageAndCountSqlMatchesTheGoldenFile(String name) {
        Orm orm = Orm.builder(ConnectionFactories.get("r2dbc:mysql://nobody@127.0.0.1:1/unused")).pool(false, 1)
                .dialect(MySqlDialectProvider.mysql8()).build();
        Golden.assertSql("mysql8-" + name, GoldenSqlConformance.pageAndCountStatements().get(name).apply(orm));
    }
}
