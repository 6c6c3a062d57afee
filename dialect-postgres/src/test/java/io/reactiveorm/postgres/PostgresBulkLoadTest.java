package io.reactiveorm.postgres;

import io.r2dbc.spi.ConnectionFactory;
import io.reactiveorm.conformance.BulkLoadConformance;
import io.reactiveorm.testing.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Bulk loads on PostgreSQL: COPY, and INSERT .. ON CONFLICT for conflict handling. */
class PostgresBulkLoadTest extends BulkLoadConformance {

    @RegisterExtension
    static final TestDatabase db = TestDatabase.postgres();

    @Override
    protected ConnectionFactory connectionFactory() {
        return db.connectionFactory();
    }

    @Override
    protected List<String> schemaResources() {
        return List.of("/conformance/postgresql.sql", "/conformance/postgresql-writes.sql");
    }
}
