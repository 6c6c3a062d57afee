package io.reactiveorm.mysql;

import static org.assertj.core.api.Assertions.assertThat;

import io.r2dbc.spi.ConnectionMetadata;
import io.reactiveorm.Orm;
import io.reactiveorm.spi.Dialect;
import io.reactiveorm.testing.TestDatabase;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link MySqlDialectProvider#detect}: the dialect chosen from the server a connection reports. */
class MariaDbDialectDetectionTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @RegisterExtension
    static final TestDatabase db = TestDatabase.mariadb();

    private record Server(String getDatabaseProductName, String getDatabaseVersion) implements ConnectionMetadata {
    }

    @Test
    void theLocalServerIsMariaDb() {
        assertThat(MySqlDialectProvider.detect(db.connectionFactory()).block(TIMEOUT).name()).isEqualTo("MariaDB");
    }

    @Test
    void detectsThroughThePoolOfAnOrmAndReturnsItsConnection() {
        Orm orm = Orm.builder(db.connectionFactory()).pool(true, 1).build();
        try {
            Dialect first = MySqlDialectProvider.detect(orm.connectionFactory()).block(TIMEOUT);
            // A pool of one: the second detection only gets a connection if the first one was released.
            Dialect second = MySqlDialectProvider.detect(orm.connectionFactory()).block(TIMEOUT);
            assertThat(first.name()).isEqualTo("MariaDB");
            assertThat(second.name()).isEqualTo("MariaDB");
        } finally {
            orm.close().block(TIMEOUT);
        }
    }

    @Test
    void mySqlServersGetTheMySql8Dialect() {
        assertThat(MySqlDialectProvider.forServer(new Server("MySQL", "8.4.3")).name()).isEqualTo("MySQL 8");
        assertThat(MySqlDialectProvider.forServer(new Server("MySQL Community Server - GPL", "8.0.36")).name())
                .isEqualTo("MySQL 8");
        assertThat(MySqlDialectProvider.forServer(new Server("MySQL", "10.11.6-MariaDB-0+deb12u1")).name())
                .isEqualTo("MariaDB");
    }
}
