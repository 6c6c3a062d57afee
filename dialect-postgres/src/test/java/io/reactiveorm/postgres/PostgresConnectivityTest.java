package io.reactiveorm.postgres;

import io.r2dbc.spi.Connection;
import io.reactiveorm.testing.ConnectivityConformance;
import io.reactiveorm.testing.TestDatabase;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

class PostgresConnectivityTest extends ConnectivityConformance {

    @RegisterExtension
    static final TestDatabase db = TestDatabase.postgres();

    @Override
    protected TestDatabase database() {
        return db;
    }

    @Test
    void connectionsUseTheFreshSchema() {
        Mono<String> schema = Mono.usingWhen(db.connectionFactory().create(),
                c -> Flux.from(c.createStatement("SELECT current_schema()").execute())
                        .concatMap(r -> r.map(row -> row.get(0, String.class)))
                        .single(),
                Connection::close);
        StepVerifier.create(schema)
                .expectNextMatches(s -> s.startsWith("ro_") && db.url().contains("schema=" + s + "&"))
                .expectComplete()
                .verify(Duration.ofSeconds(30));
    }
}
