package io.reactiveorm.mysql;

import io.r2dbc.spi.Connection;
import io.reactiveorm.testing.ConnectivityConformance;
import io.reactiveorm.testing.TestDatabase;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

class MariaDbConnectivityTest extends ConnectivityConformance {

    @RegisterExtension
    static final TestDatabase db = TestDatabase.mariadb();

    @Override
    protected TestDatabase database() {
        return db;
    }

    @Test
    void connectionsUseTheFreshDatabase() {
        Mono<String> database = Mono.usingWhen(db.connectionFactory().create(),
                c -> Flux.from(c.createStatement("SELECT DATABASE()").execute())
                        .concatMap(r -> r.map(row -> row.get(0, String.class)))
                        .single(),
                Connection::close);
        StepVerifier.create(database)
                .expectNextMatches(d -> d.startsWith("ro_") && db.url().contains("/" + d))
                .expectComplete()
                .verify(Duration.ofSeconds(30));
    }
}
