package io.reactiveorm.mysql;

import io.r2dbc.spi.ConnectionFactory;
import io.reactiveorm.conformance.IncludeTreeConformance;
import io.reactiveorm.testing.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The include-tree conformance suite on MariaDB, with the dialect's session defaults. */
class MariaDbIncludeTreeTest extends IncludeTreeConformance {

    @RegisterExtension
    static final TestDatabase db = TestDatabase.mariadb();

    @Override
    protected ConnectionFactory connectionFactory() {
        return MySqlTests.connectionFactory(db);
    }

    @Override
    protected String schemaResource() {
        return "/conformance/mariadb.sql";
    }
}
