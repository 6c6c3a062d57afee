package io.reactiveorm.h2;

import io.r2dbc.spi.ConnectionFactoryMetadata;
import io.reactiveorm.spi.Capabilities;
import io.reactiveorm.spi.Dialect;
import io.reactiveorm.spi.DialectProvider;
import io.reactiveorm.spi.ValueLimits;
import java.time.LocalDate;

/**
 * Provides the H2 dialect for r2dbc-h2 connection factories. It refers to no r2dbc-h2 or H2 class, so the core
 * loads it safely when those optional dependencies are absent; it then supports nothing.
 *
 * @since 0.1
 */
public final class H2DialectProvider implements DialectProvider {
    /** The {@code ConnectionFactoryMetadata} name r2dbc-h2 reports. */
    static final String DRIVER_NAME = "H2";
    private static final String DRIVER_CLASS = "io.r2dbc.h2.H2ConnectionFactory";

    /** Creates the provider (called by {@link java.util.ServiceLoader}). */
    public H2DialectProvider() {
    }

    @Override
    public boolean supports(ConnectionFactoryMetadata metadata) {
        return DRIVER_NAME.equalsIgnoreCase(metadata.getName()) && driverPresent();
    }

    @Override
    public Dialect create() {
        return dialect();
    }

    /** H2 stores NaN, the infinities and every year Java has; TIME and TIMESTAMP default to 6 fractional digits. */
    private static final ValueLimits VALUES = new ValueLimits(LocalDate.MIN, LocalDate.MAX, 6, true, Float.MAX_VALUE, false);

    /** @return the H2 dialect */
    public static Dialect dialect() {
        return new Dialect("H2", new H2SqlSyntax(), new H2JsonSyntax(), new Capabilities(Capabilities.BinaryText.HEX, 0, true, VALUES))
                .withBulkLoader(new H2BulkLoader());
    }

    private static boolean driverPresent() {
        try {
            Class.forName(DRIVER_CLASS, false, H2DialectProvider.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
