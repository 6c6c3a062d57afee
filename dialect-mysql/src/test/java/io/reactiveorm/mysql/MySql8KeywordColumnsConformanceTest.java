package io.reactiveorm.mysql;

import io.r2dbc.spi.ConnectionFactory;
import io.reactiveorm.Orm;
import io.reactiveorm.conformance.KeywordColumnsConformance;
import io.reactiveorm.testing.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Keyword, mixed-case and spaced identifiers on MySQL 8 ({@code -Pmysql8}); the tables are MariaDB's, valid on both. */
class MySql8KeywordColumnsConformanceTest extends KeywordColumnsConformance {

    @RegisterExtension
    static final TestDatabase db = TestDatabase.mysql8();

    @Override
    protected ConnectionFactory connectionFactory() {
        return MySqlTests.connectionFactory(db);
    }

    @Override
    protected Orm.Builder ormBuilder(ConnectionFactory factory) {
        return MySqlTests.mysql8OrmBuilder(factory);
    }

    @Override
    protected String schemaResource() {
        return "/conformance/mariadb-keywords.sql";
    }
}
