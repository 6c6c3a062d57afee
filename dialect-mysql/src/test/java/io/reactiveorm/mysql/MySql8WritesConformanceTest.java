package io.reactiveorm.mysql;

import io.r2dbc.spi.ConnectionFactory;
import io.reactiveorm.Orm;
import io.reactiveorm.conformance.WritesConformance;
import io.reactiveorm.testing.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Writes and transactions on MySQL 8 ({@code -Pmysql8}); the account table is MariaDB's, valid on both. */
class MySql8WritesConformanceTest extends WritesConformance {

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
        return "/conformance/mariadb-writes.sql";
    }
}
