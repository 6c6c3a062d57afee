package io.reactiveorm.spi;

import java.util.Objects;

/**
 * How to stop, on the server, a statement that a caller gave up on: an optional strategy of the {@link Dialect}.
 * Cancelling a driver's subscription does not stop the statement on the server (the drivers read and drop its
 * results), so without it a connection stays busy until the statement ends by itself.
 *
 * @param sessionQuery a query returning the number the server knows a connection by, run once when the connection
 *     opens (e.g. {@code SELECT pg_backend_pid()})
 * @param cancelStatement the statement that cancels the running statement of the session {@code %d}, run on a
 *     connection of its own (e.g. {@code SELECT pg_cancel_backend(%d)})
 * @since 0.1
 */
public record ServerCancel(String sessionQuery, String cancelStatement) {

    /** Checks the parts. */
    public ServerCancel {
        Objects.requireNonNull(sessionQuery, "sessionQuery must not be null");
        Objects.requireNonNull(cancelStatement, "cancelStatement must not be null");
        if (!cancelStatement.contains("%d")) {
            throw new IllegalArgumentException("cancelStatement must contain %d (the session): " + cancelStatement);
        }
    }

    /**
     * @param session the session number {@link #sessionQuery} returned
     * @return the statement cancelling that session's running statement
     */
    public String cancel(long session) {
        return cancelStatement.replace("%d", Long.toString(session));
    }
}
