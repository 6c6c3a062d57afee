package io.reactiveorm;

/**
 * {@link Query#fetchOne()} found more than one row.
 *
 * @since 0.1
 */
public final class NonUniqueResultException extends OrmException {
    private static final long serialVersionUID = 1L;

    /** @param entity the queried entity */
    public NonUniqueResultException(String entity) {
        super("fetchOne() on " + entity + " found more than one row");
    }
}
