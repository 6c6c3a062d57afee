package io.reactiveorm.postgres;

import io.r2dbc.spi.ConnectionFactory;
import io.reactiveorm.conformance.IncludeTreeConformance;
import io.reactiveorm.testing.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The include-tree conformance suite on PostgreSQL. */
class PostgresIncludeTreeTest extends IncludeTreeConformance {

    @RegisterExtension
    static final TestDatabase db = TestDatabase.postgres();

    @Override
    protected ConnectionFactory connectionFactory() {
        return db.connectionFactory();
    }

    @Override
    protected String schemaResource() {
        return "/conformance/postgresql.sql";
    }
}
