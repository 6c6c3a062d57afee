package io.reactiveorm.postgres;

import io.r2dbc.spi.ConnectionFactory;
import io.reactiveorm.conformance.FaultsConformance;
import io.reactiveorm.testing.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.core.publisher.Mono;

/** Faults on PostgreSQL. */
class PostgresFaultsTest extends FaultsConformance {

    @RegisterExtension
    static final TestDatabase db = TestDatabase.postgres();

    @Override
    protected ConnectionFactory connectionFactory() {
        return db.connectionFactory();
    }

    @Override
    protected String schemaResource() {
        return "/conformance/postgresql-faults.sql";
    }

    @Override
    protected Mono<Long> runningSlowQueries() {
        return count(db.connectionFactory(), "SELECT count(*) FROM pg_stat_activity WHERE application_name = current_setting('application_name')"
                + " AND state = 'active' AND query LIKE '%slow_row%' AND pid <> pg_backend_pid()");
    }
}
