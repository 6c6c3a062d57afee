package io.reactiveorm.spi;

import io.r2dbc.spi.ConnectionFactoryMetadata;

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
}
