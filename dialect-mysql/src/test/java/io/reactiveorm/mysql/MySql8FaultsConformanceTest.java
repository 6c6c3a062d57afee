package io.reactiveorm.mysql;

import io.r2dbc.spi.ConnectionFactory;
import io.reactiveorm.Orm;
import io.reactiveorm.conformance.FaultsConformance;
import io.reactiveorm.testing.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.core.publisher.Mono;

/** Faults on MySQL 8 ({@code -Pmysql8}); the schema is MariaDB's, valid on both. */
class MySql8FaultsConformanceTest extends FaultsConformance {

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
        return "/conformance/mariadb-faults.sql";
    }

    @Override
    protected Mono<Long> runningSlowQueries() {
        return count(connectionFactory(), "SELECT count(*) FROM information_schema.processlist WHERE db = database()"
                + " AND command = 'Query' AND info LIKE '%slow_row%' AND id <> connection_id()");
    }
}
