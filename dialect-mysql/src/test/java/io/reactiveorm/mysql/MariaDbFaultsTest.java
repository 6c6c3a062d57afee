package io.reactiveorm.mysql;

import io.r2dbc.spi.ConnectionFactory;
import io.reactiveorm.conformance.FaultsConformance;
import io.reactiveorm.testing.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.core.publisher.Mono;

/** Faults on MariaDB. */
class MariaDbFaultsTest extends FaultsConformance {

    @RegisterExtension
    static final TestDatabase db = TestDatabase.mariadb();

    @Override
    protected ConnectionFactory connectionFactory() {
        return MySqlTests.connectionFactory(db);
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
