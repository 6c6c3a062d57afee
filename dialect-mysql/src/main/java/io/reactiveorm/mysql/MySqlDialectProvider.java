package io.reactiveorm.mysql;

import io.r2dbc.spi.ConnectionFactoryMetadata;
import io.reactiveorm.spi.Capabilities;
import io.reactiveorm.spi.Dialect;
import io.reactiveorm.spi.DialectProvider;

/**
 * Provides the MySQL/MariaDB dialect for r2dbc-mysql connection factories.
 *
 * <p>r2dbc-mysql names both servers "MySQL" in its metadata, and the server version is only known once a
 * connection is open, so the provider cannot tell them apart without blocking. It returns {@link #dialect()},
 * which targets MariaDB 10.11+ (ordered, limited {@code JSON_ARRAYAGG}); on MySQL 8 that SQL fails with a syntax
 * error (never with wrong data). For MySQL 8 set {@link #mysql8()} explicitly:
 * {@code Orm.builder(factory).dialect(MySqlDialectProvider.mysql8())}.
 *
 * <p>Either way, create the connection factory with {@link MySqlSessionDefaults#apply} so that every connection
 * reads and writes times in UTC and long nested collections are not cut off.
 *
 * @since 0.1
 */
public final class MySqlDialectProvider implements DialectProvider {

    /** Creates the provider (called by {@link java.util.ServiceLoader}). */
    public MySqlDialectProvider() {
    }

    @Override
    public boolean supports(ConnectionFactoryMetadata metadata) {
        return "MySQL".equalsIgnoreCase(metadata.getName()) || "MariaDB".equalsIgnoreCase(metadata.getName());
    }

    @Override
    public Dialect create() {
        return dialect();
    }

    /** @return the dialect for MariaDB 10.11 and later (the one found automatically) */
    public static Dialect dialect() {
        return new Dialect("MariaDB", new MySqlSqlSyntax(),
                new MySqlJsonSyntax(MySqlJsonSyntax.Aggregation.ORDERED_JSON_ARRAYAGG),
                new Capabilities(Capabilities.BinaryText.BASE64, 0)).withBulkLoader(new MySqlBulkLoader());
    }

    /**
     * @return the dialect for MySQL 8.0.14 and later: collections are ordered with {@code GROUP_CONCAT}, because
     *     MySQL's {@code JSON_ARRAYAGG} takes no {@code ORDER BY}
     */
    public static Dialect mysql8() {
        return new Dialect("MySQL 8", new MySqlSqlSyntax(),
                new MySqlJsonSyntax(MySqlJsonSyntax.Aggregation.ORDERED_GROUP_CONCAT),
                new Capabilities(Capabilities.BinaryText.BASE64, 0)).withBulkLoader(new MySqlBulkLoader());
    }
}
