package io.reactiveorm.mysql;

import static org.assertj.core.api.Assertions.assertThat;

import io.r2dbc.spi.Connection;
import io.reactiveorm.Orm;
import io.reactiveorm.testing.ConnectivityConformance;
import io.reactiveorm.testing.TestDatabase;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Connectivity on MySQL 8 ({@code -Pmysql8}), and that the server really is MySQL 8.0.14+: detected as such, with
 * {@code Orm.connect} applying the session defaults unclamped.
 */
class MySql8ConnectivityConformanceTest extends ConnectivityConformance {
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @RegisterExtension
    static final TestDatabase db = TestDatabase.mysql8();

    @Override
    protected TestDatabase database() {
        return db;
    }

    @Test
    void theServerIsMySql8AndDetectedAsSuch() {
        String version = Mono.usingWhen(db.connectionFactory().create(),
                c -> Mono.just(c.getMetadata().getDatabaseVersion()), Connection::close).block(TIMEOUT);
        assertThat(version).doesNotContainIgnoringCase("mariadb").matches("8\\.(0\\.(1[4-9]|[2-9]\\d)|[1-9]\\d*\\.\\d+).*");
        assertThat(MySqlDialectProvider.detect(db.connectionFactory()).block(TIMEOUT).name()).isEqualTo("MySQL 8");
    }

    @Test
    void connectAppliesTheSessionDefaults() {
        Orm orm = Orm.connect(db.url());
        try {
            String settings = Mono.usingWhen(orm.connectionFactory().create(),
                    c -> Flux.from(c.createStatement("SELECT CONCAT_WS('|', @@session.time_zone, @@session.group_concat_max_len)")
                            .execute()).concatMap(r -> r.map(row -> row.get(0, String.class))).single(),
                    Connection::close).block(TIMEOUT);
            assertThat(settings).isEqualTo("+00:00|4294967295");
        } finally {
            orm.close().block(TIMEOUT);
        }
    }
}
