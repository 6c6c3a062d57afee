package io.reactiveorm.postgres;

import io.r2dbc.spi.ConnectionFactoryMetadata;
import io.reactiveorm.spi.Capabilities;
import io.reactiveorm.spi.Dialect;
import io.reactiveorm.spi.DialectProvider;
import io.reactiveorm.spi.ServerCancel;
import io.reactiveorm.spi.ValueLimits;
import java.time.LocalDate;

/**
 * Provides the PostgreSQL dialect for r2dbc-postgresql connection factories.
 *
 * @since 0.1
 */
public final class PostgresDialectProvider implements DialectProvider {

    /** The rows a streaming query fetches per round trip. */
    static final int FETCH_SIZE = 256;

    /** Creates the provider (called by {@link java.util.ServiceLoader}). */
    public PostgresDialectProvider() {
    }

    @Override
    public boolean supports(ConnectionFactoryMetadata metadata) {
        return "PostgreSQL".equalsIgnoreCase(metadata.getName());
    }

    @Override
    public Dialect create() {
        return dialect();
    }

    /**
     * PostgreSQL stores NaN and the infinities, dates from 4713 BC (timestamps to 294276 AD, the narrower of the two),
     * and microseconds.
     */
    private static final ValueLimits VALUES = new ValueLimits(LocalDate.of(-4712, 1, 1), LocalDate.of(294_276, 12, 31), 6,
            true, Float.MAX_VALUE, false);

    /** @return the PostgreSQL dialect (up to 65,535 bind parameters per statement) */
    public static Dialect dialect() {
        return new Dialect("PostgreSQL", new PostgresSqlSyntax(), new PostgresJsonSyntax(),
                new Capabilities(Capabilities.BinaryText.BASE64, FETCH_SIZE).withValues(VALUES).withMaxBindParameters(65_535))
                .withBulkLoader(new PostgresBulkLoader())
                .withServerCancel(new ServerCancel("SELECT pg_backend_pid()", "SELECT pg_cancel_backend(%d)"));
    }
}
