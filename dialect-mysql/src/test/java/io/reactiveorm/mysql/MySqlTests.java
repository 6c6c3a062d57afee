package io.reactiveorm.mysql;

import io.r2dbc.spi.ConnectionFactories;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.ConnectionFactoryOptions;
import io.reactiveorm.Orm;
import io.reactiveorm.testing.TestDatabase;

/**
 * What the MariaDB and MySQL 8 test classes share: connections with {@link MySqlSessionDefaults}, and ORMs with
 * {@link MySqlDialectProvider#mysql8()} for the {@code MySql8*ConformanceTest} classes, which run only in the
 * {@code mysql8} Maven profile against {@link TestDatabase#mysql8()}: {@code REACTIVE_ORM_MYSQL8_URL} or
 * Testcontainers {@code mysql:8.4}.
 */
final class MySqlTests {
    private MySqlTests() {
    }

    /** @param db a MariaDB or MySQL test database @return an unpooled factory on it, with the session defaults */
    static ConnectionFactory connectionFactory(TestDatabase db) {
        return ConnectionFactories.get(MySqlSessionDefaults.apply(ConnectionFactoryOptions.parse(db.url())));
    }

    /** @param factory the connections @return a builder with the MySQL 8 dialect */
    static Orm.Builder mysql8OrmBuilder(ConnectionFactory factory) {
        return Orm.builder(factory).dialect(MySqlDialectProvider.mysql8());
    }
}
