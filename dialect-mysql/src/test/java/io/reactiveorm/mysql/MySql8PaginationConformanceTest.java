package io.reactiveorm.mysql;

import io.r2dbc.spi.ConnectionFactory;
import io.reactiveorm.Orm;
import io.reactiveorm.conformance.PaginationConformance;
import io.reactiveorm.testing.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The pagination conformance suite on MySQL 8 ({@code -Pmysql8}). */
class MySql8PaginationConformanceTest extends PaginationConformance {

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
}
