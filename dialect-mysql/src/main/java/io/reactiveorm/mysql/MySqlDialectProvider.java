package io.reactiveorm.mysql;

import io.asyncer.r2dbc.mysql.MySqlConnectionFactoryProvider;
import io.asyncer.r2dbc.mysql.api.MySqlConnectionMetadata;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.ConnectionFactoryMetadata;
import io.r2dbc.spi.ConnectionFactoryOptions;
import io.r2dbc.spi.ConnectionMetadata;
import io.reactiveorm.spi.Capabilities;
import io.reactiveorm.spi.Dialect;
import io.reactiveorm.spi.DialectProvider;
import io.reactiveorm.spi.ServerCancel;
import java.util.Locale;
import java.util.Objects;
import reactor.core.publisher.Mono;
import io.reactiveorm.spi.ValueLimits;

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
 * <p><b>MariaDB or MySQL 8.</b> r2dbc-mysql names both servers "MySQL" in its connection factory metadata; which
 * one it is, and its version, are only known once a connection is open. The ORM is built synchronously and its
 * dialect is fixed at that moment (it renders and caches SQL, and {@code Query.toSql()} works without a connection),
 * so choosing it lazily on the first connection would put a step in front of every query; the choice stays
 * explicit instead:
 * <ul>
 *   <li>found automatically: {@link #dialect()}, for MariaDB 10.11+ (ordered, limited {@code JSON_ARRAYAGG}). On
 *       MySQL its SQL fails with a syntax error, never with wrong data;</li>
 *   <li>{@link #mysql8()} for MySQL 8.0.14+: {@code Orm.builder(factory).dialect(MySqlDialectProvider.mysql8())};</li>
 *   <li>or let the server decide, without blocking: {@link #detect(ConnectionFactory)} opens one connection and
 *       returns the dialect for the server it reports:
 *       {@code MySqlDialectProvider.detect(cf).map(d -> Orm.builder(cf).dialect(d).build())}.</li>
 * </ul>
 *
 * @since 0.1
 */
public final class MySqlDialectProvider implements DialectProvider {
    /** Stops a session's running statement (MariaDB and MySQL); the connection stays open. */
    private static final ServerCancel KILL_QUERY = new ServerCancel("SELECT CONNECTION_ID()", "KILL QUERY %d");

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

    /**
     * Years 1 to 9999 (DATE and DATETIME), microseconds, no NaN or infinity, and FLOAT up to 3.402823466E+38, a little
     * below {@link Float#MAX_VALUE}.
     */
    private static final ValueLimits VALUES = new ValueLimits(ValueLimits.ISO.minDate(), ValueLimits.ISO.maxDate(), 6,
            false, 3.402823466E38, false);

    /**
     * Up to 65,535 bind parameters per statement. Rows per multi-row INSERT should also stay well under
     * {@code max_allowed_packet}, which a bulk load's default chunk of 1,000 rows does for rows under a few kilobytes.
     */
    private static final int MAX_BIND_PARAMETERS = 65_535;

    /** @return the dialect for MariaDB 10.11 and later (the one found automatically) */
    public static Dialect dialect() {
        return new Dialect("MariaDB", new MySqlSqlSyntax(),
                new MySqlJsonSyntax(MySqlJsonSyntax.Aggregation.ORDERED_JSON_ARRAYAGG),
                new Capabilities(Capabilities.BinaryText.BASE64, 0, false, VALUES, MAX_BIND_PARAMETERS))
                .withServerCancel(KILL_QUERY);
    }

    /**
     * @return the dialect for MySQL 8.0.14 and later: collections are ordered with {@code GROUP_CONCAT}, because
     *     MySQL's {@code JSON_ARRAYAGG} takes no {@code ORDER BY}
     */
    public static Dialect mysql8() {
        return new Dialect("MySQL 8", new MySqlSqlSyntax(),
                new MySqlJsonSyntax(MySqlJsonSyntax.Aggregation.ORDERED_GROUP_CONCAT),
                new Capabilities(Capabilities.BinaryText.BASE64, 0, false, VALUES, MAX_BIND_PARAMETERS))
                .withServerCancel(KILL_QUERY);
    }

    /**
     * Opens one connection, reads which server it talks to and closes it: {@link #dialect()} for MariaDB,
     * {@link #mysql8()} for MySQL. Non-blocking; call it once, before building the ORM.
     *
     * @param factory an r2dbc-mysql connection factory (pooled or not)
     * @return the dialect for that server; an error if no connection can be opened
     */
    public static Mono<Dialect> detect(ConnectionFactory factory) {
        Objects.requireNonNull(factory, "factory must not be null");
        return Mono.usingWhen(factory.create(), c -> Mono.fromSupplier(() -> forServer(c.getMetadata())),
                Connection::close);
    }

    /**
     * @param server a connection's metadata
     * @return {@link #dialect()} when the server is MariaDB, else {@link #mysql8()}
     */
    static Dialect forServer(ConnectionMetadata server) {
        boolean mariaDb = server instanceof MySqlConnectionMetadata mysql ? mysql.isMariaDb()
                : (server.getDatabaseProductName() + " " + server.getDatabaseVersion())
                        .toLowerCase(Locale.ROOT).contains("mariadb");
        return mariaDb ? dialect() : mysql8();
    }
}
