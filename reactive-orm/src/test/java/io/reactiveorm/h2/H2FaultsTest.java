package io.reactiveorm.h2;

import io.r2dbc.spi.ConnectionFactory;
import io.reactiveorm.conformance.FaultsConformance;
import io.reactiveorm.testing.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** Faults on H2: its sessions are listed in INFORMATION_SCHEMA.SESSIONS. */
class H2FaultsTest extends FaultsConformance {

    @RegisterExtension
    static final TestDatabase db = TestDatabase.h2();

    @Override
    protected ConnectionFactory connectionFactory() {
        return db.connectionFactory();
    }

    @Override
    protected String schemaResource() {
        return "/conformance/h2-faults.sql";
    }

    @Override
    protected Mono<Long> runningSlowQueries() {
        return count(db.connectionFactory(), "SELECT count(*) FROM INFORMATION_SCHEMA.SESSIONS"
                + " WHERE UPPER(EXECUTING_STATEMENT) LIKE '%SLOW_ROW%' AND SESSION_ID <> SESSION_ID()")
                .subscribeOn(Schedulers.boundedElastic());
    }
}
