package io.reactiveorm;

import org.jspecify.annotations.Nullable;

/**
 * Base of every error the ORM raises. Messages name the entity, attribute or SQL at fault, never bind values.
 *
 * @since 0.1
 */
public class OrmException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message what went wrong and where
     * @param cause the underlying error, if any
     */
    public OrmException(String message, @Nullable Throwable cause) {
        super(message, cause);
    }

    /** @param message what went wrong and where */
    public OrmException(String message) {
        super(message);
    }
}
