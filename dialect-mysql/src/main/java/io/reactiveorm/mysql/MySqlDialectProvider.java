package io.reactiveorm.mysql;

import io.asyncer.r2dbc.mysql.MySqlConnectionFactoryProvider;
import io.r2dbc.spi.ConnectionFactoryMetadata;
import io.r2dbc.spi.ConnectionFactoryOptions;
import io.reactiveorm.spi.Capabilities;
import io.reactiveorm.spi.Dialect;
import io.reactiveorm.spi.DialectProvider;

/**
 * Provides the MySQL/MariaDB dialect for r2dbc-mysql connection factories, and the session settings every
 * connection needs.
 *
 * <p><b>Session defaults.</b> {@code Orm.connect("r2dbc:mysql://...")} (also {@code r2dbc:pool:mysql://...})
 * applies {@link MySqlSessionDefaults} to the URL's options through {@link #connectionOptions}. A connection factory
 * built by hand and given to {@code Orm.builder(..)} must be created with
 * {@link MySqlSessionDefaults#apply(ConnectionFactoryOptions)} itself. (r2dbc-mysql registers only the
 * {@code mysql} driver; {@code r2dbc:mariadb:} URLs belong to another driver, which this module does not support.)
 *
 * <p><b>MariaDB or MySQL 8.</b> r2dbc-mysql names both servers "MySQL" in its metadata, and the server version is
 * only known once a connection is open, so the provider cannot tell them apart without blocking. It returns
 * {@link #dialect()}, which targets MariaDB 10.11+ (ordered, limited {@code JSON_ARRAYAGG}); on MySQL 8 that SQL
 * fails with a syntax error (never with wrong data). For MySQL 8 set {@link #mysql8()} explicitly:
 * {@code Orm.builder(factory).dialect(MySqlDialectProvider.mysql8())}.
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

    /**
     * Adds {@link MySqlSessionDefaults} to the options of an r2dbc-mysql URL, directly ({@code r2dbc:mysql:}) or
     * behind a wrapping driver ({@code r2dbc:pool:mysql:}); other URLs come back unchanged.
     */
    @Override
    public ConnectionFactoryOptions connectionOptions(ConnectionFactoryOptions options) {
        return isMySqlDriver(options) ? MySqlSessionDefaults.apply(options) : options;
    }

    private static boolean isMySqlDriver(ConnectionFactoryOptions options) {
        String driver = MySqlConnectionFactoryProvider.MYSQL_DRIVER;
        return driver.equals(options.getValue(ConnectionFactoryOptions.DRIVER))
                || driver.equals(options.getValue(ConnectionFactoryOptions.PROTOCOL));
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
