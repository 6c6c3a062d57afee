package io.reactiveorm.mysql;

import io.r2dbc.spi.ConnectionFactory;
import io.reactiveorm.Orm;
import io.reactiveorm.conformance.CrossDialectAgreementTest;
import io.reactiveorm.testing.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The cross-dialect agreement suite on MySQL 8 with {@link MySqlDialectProvider#mysql8()} ({@code -Pmysql8}). */
class MySql8CrossDialectAgreementConformanceTest extends CrossDialectAgreementTest {

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
        return "/conformance/agreement-mariadb.sql";
    }

    /** MySQL stores -0.0 as 0.0. */
    @Override
    protected boolean storesNegativeZero() {
        return false;
    }
}
