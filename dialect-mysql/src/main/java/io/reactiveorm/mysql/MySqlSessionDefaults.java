package io.reactiveorm.mysql;

import io.asyncer.r2dbc.mysql.MySqlConnectionFactoryProvider;
import io.r2dbc.spi.ConnectionFactoryOptions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The r2dbc-mysql connection options the dialect relies on, set once per connection by the driver while it
 * connects (no extra statement per query):
 * <ul>
 *   <li>{@code group_concat_max_len = 4294967295}: MariaDB's {@code JSON_ARRAYAGG} and MySQL's
 *       {@code GROUP_CONCAT} are cut at this many bytes (default 1 MiB). MariaDB cuts silently, leaving invalid
 *       JSON that the decoder then rejects; with the maximum, only {@code max_allowed_packet} bounds a row.</li>
 *   <li>{@code time_zone = '+00:00'} and the driver's {@code connectionTimeZone} UTC: DATETIME/TIMESTAMP values
 *       inside JSON carry no offset and are read as UTC, so the driver must write and read instants in UTC and
 *       TIMESTAMP columns must render in UTC. (Named zones would also need the server's time zone tables.)</li>
 * </ul>
 *
 * <p>{@code Orm.connect("r2dbc:mysql://...")} applies them by itself (see
 * {@link MySqlDialectProvider#connectionOptions}). A connection factory built by hand needs them explicitly:
 *
 * <pre>{@code
 * ConnectionFactory cf = ConnectionFactories.get(MySqlSessionDefaults.apply(ConnectionFactoryOptions.parse(url)));
 * Orm orm = Orm.builder(cf).build();
 * }</pre>
 *
 * @since 0.1
 */
public final class MySqlSessionDefaults {
    /** The session variables set on every connection. */
    public static final List<String> SESSION_VARIABLES = List.of("group_concat_max_len=4294967295", "time_zone='+00:00'");

    private MySqlSessionDefaults() {
    }

    /**
     * @param options r2dbc-mysql connection options (e.g. parsed from an {@code r2dbc:mysql://} URL)
     * @return the same options with the session variables added to any already given, and the connection time
     *     zone set to UTC
     */
    public static ConnectionFactoryOptions apply(ConnectionFactoryOptions options) {
        Objects.requireNonNull(options, "options must not be null");
        List<String> variables = new ArrayList<>();
        Object given = options.getValue(MySqlConnectionFactoryProvider.SESSION_VARIABLES);
        if (given instanceof String[] array) {
            variables.addAll(Arrays.asList(array));
        } else if (given != null) {
            variables.add(given.toString());
        }
        variables.addAll(SESSION_VARIABLES);
        return options.mutate()
                .option(MySqlConnectionFactoryProvider.SESSION_VARIABLES, variables.toArray(String[]::new))
                .option(MySqlConnectionFactoryProvider.CONNECTION_TIME_ZONE, "UTC")
                .build();
    }
}
