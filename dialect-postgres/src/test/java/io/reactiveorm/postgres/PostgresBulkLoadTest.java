package io.reactiveorm.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import io.reactiveorm.conformance.Accounts.Account;
import io.reactiveorm.conformance.BulkLoadConformance;
import io.reactiveorm.testing.TestDatabase;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

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

    @Test
    void copiesCancelledAtRandomPointsLeaveNoConnectionAcquiredAndNoBackendInTransaction() {
        Random random = new Random(7);
        Flux.range(0, 40).concatMap(i -> orm().bulk(Account.class).load(Flux.range(1, 200_000).map(BulkLoadConformance::account))
                        .take(Duration.ofMillis(random.nextInt(400))).onErrorResume(e -> Mono.empty()))
                .then().block(Duration.ofMinutes(2));
        awaitNoAcquiredConnections();
        assertThat(orm().from(Account.class).count().block(Duration.ofSeconds(10))).isZero();
        assertThat(Mono.usingWhen(db.connectionFactory().create(), c -> Flux.from(c.createStatement(
                        "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND state LIKE 'idle in transaction%'")
                .execute()).concatMap(r -> r.map(row -> row.get(0, Long.class))).single(), Connection::close).block(Duration.ofSeconds(10)))
                .isZero();
    }
}
