package io.reactiveorm;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A one-to-many collection ({@code List<Target>}): the target's table holds {@code foreignKey}, pointing at this entity's id.
 *
 * @since 0.1
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
public @interface HasMany {
    /** @return the column of the target's table that holds this entity's id */
    String foreignKey();
}
