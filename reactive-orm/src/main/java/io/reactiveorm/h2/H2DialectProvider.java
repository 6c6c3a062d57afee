package io.reactiveorm.h2;

import io.r2dbc.spi.ConnectionFactoryMetadata;
import io.r2dbc.spi.ConnectionFactoryOptions;
import io.reactiveorm.spi.Capabilities;
import io.reactiveorm.spi.Dialect;
import io.reactiveorm.spi.DialectProvider;
import io.reactiveorm.spi.ValueLimits;
import java.time.LocalDate;
import java.util.regex.Pattern;

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
    /** A database path that names no root: not {@code /..}, {@code .}, {@code ~} or a drive letter. */
    private static final Pattern RELATIVE = Pattern.compile("(?![/.~\\\\])(?![A-Za-z]:).*");
    /** H2 stores NaN, the infinities and every year Java has; TIME and TIMESTAMP default to 6 fractional digits. */
    private static final ValueLimits VALUES = new ValueLimits(LocalDate.MIN, LocalDate.MAX, 6, true, Float.MAX_VALUE, false);

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

    /**
     * Makes {@code r2dbc:h2:file:///abs/path} (and {@code r2dbc:pool:h2:file:///abs/path}) the absolute path
     * {@code /abs/path}: the URL parser drops the slash before the database name, and r2dbc-h2 would open
     * {@code abs/path} relative to the working directory. Paths starting with {@code .}, {@code ~} or a drive
     * letter ({@code C:}) are left as they are, so {@code r2dbc:h2:file:///./data/db} stays relative.
     */
    @Override
    public ConnectionFactoryOptions connectionOptions(ConnectionFactoryOptions options) {
        Object driver = options.getValue(ConnectionFactoryOptions.DRIVER);
        Object protocol = options.getValue(ConnectionFactoryOptions.PROTOCOL);
        Object database = options.getValue(ConnectionFactoryOptions.DATABASE);
        boolean h2File = ("h2".equals(driver) && "file".equals(protocol)) || ("pool".equals(driver) && "h2:file".equals(protocol));
        if (!h2File || !(database instanceof String path) || path.isEmpty() || !RELATIVE.matcher(path).matches()) {
            return options;
        }
        return options.mutate().option(ConnectionFactoryOptions.DATABASE, "/" + path).build();
    }

    /** @return the H2 dialect (up to 65,535 bind parameters per statement) */
    public static Dialect dialect() {
        return new Dialect("H2", new H2SqlSyntax(), new H2JsonSyntax(),
                new Capabilities(Capabilities.BinaryText.HEX, 0, true, VALUES, 65_535)).withBulkLoader(new H2BulkLoader());
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
