package io.reactiveorm;

/**
 * An update or delete of a {@link Version versioned} entity matched no row: another writer changed or deleted it
 * since it was read. Nothing was written.
 *
 * @since 0.1
 */
public final class OptimisticLockException extends OrmException {
    private static final long serialVersionUID = 1L;

    /**
     * @param entity the entity name
     * @param id the id of the stale row
     * @param version the version the writer expected
     */
    public OptimisticLockException(String entity, Object id, Object version) {
        super(entity + " " + id + " was changed or deleted by another writer (expected version " + version + ")");
    }
}
