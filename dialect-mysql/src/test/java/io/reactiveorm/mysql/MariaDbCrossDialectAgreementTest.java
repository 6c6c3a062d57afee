package io.reactiveorm.mysql;

import io.r2dbc.spi.ConnectionFactory;
import io.reactiveorm.conformance.CrossDialectAgreementTest;
import io.reactiveorm.testing.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The cross-dialect agreement suite on MariaDB, with the dialect's session defaults. */
class MariaDbCrossDialectAgreementTest extends CrossDialectAgreementTest {

    @RegisterExtension
    static final TestDatabase db = TestDatabase.mariadb();

    @Override
    protected ConnectionFactory connectionFactory() {
        return MySqlTests.connectionFactory(db);
    }

    @Override
    protected String schemaResource() {
        return "/conformance/agreement-mariadb.sql";
    }

    /** MariaDB stores -0.0 as 0.0. */
    @Override
    protected boolean storesNegativeZero() {
        return false;
    }
}
