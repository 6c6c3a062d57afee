package io.reactiveorm.h2;

import io.r2dbc.spi.ConnectionFactory;
import io.reactiveorm.conformance.CrossDialectAgreementTest;
import io.reactiveorm.testing.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The cross-dialect agreement suite on H2 (in memory, through r2dbc-h2). */
class H2CrossDialectAgreementTest extends CrossDialectAgreementTest {

    @RegisterExtension
    static final TestDatabase db = TestDatabase.h2();

    @Override
    protected ConnectionFactory connectionFactory() {
        return db.connectionFactory();
    }

    @Override
    protected String schemaResource() {
        return "/conformance/agreement-h2.sql";
    }

    /** H2 stores -0.0 as 0.0. */
    @Override
    protected boolean storesNegativeZero() {
        return false;
    }
}
