package io.reactiveorm.mysql;

import io.r2dbc.spi.ConnectionFactory;
import io.reactiveorm.conformance.BulkLoadConformance;
import io.reactiveorm.testing.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Bulk loads on MariaDB: multi-row INSERT, ON DUPLICATE KEY UPDATE on conflict. */
class MariaDbBulkLoadTest extends BulkLoadConformance {

    @RegisterExtension
    static final TestDatabase db = TestDatabase.mariadb();

    @Override
    protected ConnectionFactory connectionFactory() {
        return MySqlTests.connectionFactory(db);
    }

    @Override
    protected List<String> schemaResources() {
        return List.of("/conformance/mariadb.sql", "/conformance/mariadb-writes.sql");
    }
}
