package io.reactiveorm;

/**
 * A query or include tree does not fit the model or the configured {@link IncludeLimits}: an unknown field or
 * relation, a filter value of the wrong type, a tree that is too deep. Raised before any SQL is sent.
 *
 * @since 0.1
 */
public final class InvalidQueryException extends OrmException {
    private static final long serialVersionUID = 1L;

    /** @param message names the entity and the offending name, and lists the valid choices */
    public InvalidQueryException(String message) {
        super(message);
    }
}
