package io.reactiveorm;

/**
 * An entity class cannot be mapped: a missing id, a relation whose target is not an entity, an unsupported
 * attribute type. Raised when the entity is first used, before any SQL exists.
 *
 * @since 0.1
 */
public final class MappingException extends OrmException {
    private static final long serialVersionUID = 1L;

    /** @param message names the class, the attribute and the fix */
    public MappingException(String message) {
        super(message);
    }
}
