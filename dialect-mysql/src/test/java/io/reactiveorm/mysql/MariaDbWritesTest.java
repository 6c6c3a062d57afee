package io.reactiveorm.mysql;

import static org.assertj.core.api.Assertions.assertThat;

import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.R2dbcException;
import io.reactiveorm.OrmException;
import io.reactiveorm.conformance.Accounts.Account;
import io.reactiveorm.conformance.WritesConformance;
import io.reactiveorm.testing.TestDatabase;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import reactor.test.StepVerifier;

/** Writes and transactions on MariaDB, plus a connection killed by the server inside a transaction. */
class MariaDbWritesTest extends WritesConformance {

    @RegisterExtension
    static final TestDatabase db = TestDatabase.mariadb();

    @Override
    protected ConnectionFactory connectionFactory() {
        return MySqlTests.connectionFactory(db);
    }

    @Override
    protected String schemaResource() {
        return "/conformance/mariadb-writes.sql";
    }

    @Test
    void aConnectionKilledInsideATransactionFailsWithTheDriversErrorAndWritesNothing() {
        StepVerifier.create(orm().inTransaction(tx -> tx.insert(Account.of("killed", "1"))
                        .then(killTransactions())
                        .then(tx.insert(Account.of("killed", "2")))))
                .expectErrorSatisfies(e -> {
                    assertThat(e).isInstanceOf(OrmException.class).hasMessageNotContaining("Async resource cleanup");
                    assertThat(e.getCause()).isInstanceOf(R2dbcException.class);
                }).verify(Duration.ofSeconds(30));
        awaitNoAcquiredConnections();
        assertThat(orm().from(Account.class).count().block(Duration.ofSeconds(10))).isZero();
    }

    /** Kills, from a connection of its own, the one connection with a transaction open on this test's database. */
    private Mono<Void> killTransactions() {
        // Off the event loop: finding the driver reads the classpath.
        return Mono.defer(() -> Mono.usingWhen(connectionFactory().create(), c -> Flux.from(c.createStatement(
                                "SELECT t.trx_mysql_thread_id FROM information_schema.innodb_trx t JOIN information_schema.processlist p"
                                        + " ON p.id = t.trx_mysql_thread_id WHERE p.db = database()").execute())
                        .concatMap(r -> r.map(row -> ((Number) row.get(0)).longValue())).collectList()
                        .doOnNext(ids -> assertThat(ids).as("connections in a transaction").hasSize(1))
                        .flatMapMany(Flux::fromIterable)
                        .concatMap(id -> Flux.from(c.createStatement("KILL " + id).execute()).concatMap(r -> r.getRowsUpdated()))
                        .then(), Connection::close)).subscribeOn(Schedulers.boundedElastic());
    }
}
