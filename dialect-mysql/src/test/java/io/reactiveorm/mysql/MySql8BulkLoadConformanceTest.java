package io.reactiveorm.mysql;

import io.r2dbc.spi.ConnectionFactory;
import io.reactiveorm.Orm;
import io.reactiveorm.conformance.BulkLoadConformance;
import io.reactiveorm.testing.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Bulk loads on MySQL 8 ({@code -Pmysql8}): multi-row INSERT, ON DUPLICATE KEY UPDATE on conflict. */
class MySql8BulkLoadConformanceTest extends BulkLoadConformance {

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
    protected List<String> schemaResources() {
        return List.of("/conformance/mysql8.sql", "/conformance/mariadb-writes.sql");
    }
}
