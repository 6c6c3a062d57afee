package io.reactiveorm.h2;

import io.r2dbc.spi.ConnectionFactory;
import io.reactiveorm.conformance.IncludeTreeConformance;
import io.reactiveorm.testing.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The include-tree conformance suite on H2 (in memory, through r2dbc-h2). */
class H2IncludeTreeTest extends IncludeTreeConformance {

    @RegisterExtension
    static final TestDatabase db = TestDatabase.h2();

    @Override
    protected ConnectionFactory connectionFactory() {
        return db.connectionFactory();
    }

    @Override
    protected String schemaResource() {
        return "/conformance/h2.sql";
    }
}
