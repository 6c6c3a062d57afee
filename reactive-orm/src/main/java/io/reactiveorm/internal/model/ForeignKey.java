package io.reactiveorm.internal.model;

import io.reactiveorm.InvalidQueryException;
import java.lang.invoke.MethodHandle;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The foreign key column of a {@code @BelongsTo}, as writes set it: from the entity's own attribute for that column
 * when it has one and it is not null, else from the related object's id.
 *
 * @param relation the relation
 * @param column the column: the entity's own attribute for it, or one typed like the target's id whose slot is the
 *     relation's (in {@link EntityModel#writeValues} that slot holds the key instead of the related object)
 * @param mapped whether {@code column} is an attribute of the entity
 * @param targetId reads the id of a related object
 */
public record ForeignKey(Relation relation, Attribute column, boolean mapped, MethodHandle targetId) {

    /**
     * @param entity the entity name, for messages
     * @param values the entity's values; the key is stored into its column's slot
     * @throws InvalidQueryException if the related object has no id, or another id than the entity's own attribute
     */
    void resolve(String entity, Object[] values) {
        Object related = values[relation.slot()];
        Object own = mapped ? values[column.slot()] : null;
        Object key = own;
        if (related != null) {
            Object id = id(related);
            String where = entity + "." + relation.name();
            if (id == null) {
                throw new InvalidQueryException(where + ": the related " + related.getClass().getSimpleName()
                        + " has no id; insert it first (its id becomes " + column.column() + ")");
            }
            if (own != null && !Objects.equals(own, id)) {
                throw new InvalidQueryException(where + ": the related " + related.getClass().getSimpleName() + " has id "
                        + id + " but " + entity + "." + column.name() + " is " + own + "; both set " + column.column());
            }
            key = id;
        }
        values[column.slot()] = key;
    }

    private @Nullable Object id(Object related) {
        try {
            return targetId.invokeExact(related);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }
}
