package io.reactiveorm.postgres;

import io.r2dbc.spi.ConnectionFactory;
import io.reactiveorm.conformance.CrossDialectAgreementTest;
import io.reactiveorm.testing.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The cross-dialect agreement suite on PostgreSQL. */
class PostgresCrossDialectAgreementTest extends CrossDialectAgreementTest {

    @RegisterExtension
    static final TestDatabase db = TestDatabase.postgres();

    @Override
    protected ConnectionFactory connectionFactory() {
        return db.connectionFactory();
    }

    @Override
    protected String schemaResource() {
        return "/conformance/agreement-postgresql.sql";
    }
}
