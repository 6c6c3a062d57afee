package io.reactiveorm.spi;

import io.r2dbc.spi.ConnectionFactoryMetadata;
import io.r2dbc.spi.ConnectionFactoryOptions;

/**
 * Finds the dialect for a connection factory. Implementations are listed in
 * {@code META-INF/services/io.reactiveorm.spi.DialectProvider} and found with {@link java.util.ServiceLoader}.
 *
 * @since 0.1
 */
public interface DialectProvider {

    /**
     * @param metadata the connection factory's metadata
     * @return whether this provider's dialect fits that database
     */
    boolean supports(ConnectionFactoryMetadata metadata);

    /** @return the dialect */
    Dialect create();

    /**
     * Adjusts the options parsed from a URL given to {@code Orm.connect(String)} before the connection factory is
     * created from them: for settings every connection to this dialect's database needs (session variables, time
     * zone). Called once on every provider found, in {@link java.util.ServiceLoader} order, so options meant for
     * another driver must come back unchanged. Connection factories given to {@code Orm.builder(..)} are not
     * touched.
     *
     * @param options the parsed URL: {@link ConnectionFactoryOptions#DRIVER} names the driver (e.g. {@code mysql}),
     *     or for a wrapping driver such as {@code pool} its {@link ConnectionFactoryOptions#PROTOCOL} does
     * @return the options to create the connection factory from (by default {@code options})
     */
    default ConnectionFactoryOptions connectionOptions(ConnectionFactoryOptions options) {
        return options;
    }
}
