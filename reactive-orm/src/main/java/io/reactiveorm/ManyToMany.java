package io.reactiveorm;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A many-to-many collection ({@code List<Target>}) through a join table.
 *
 * @since 0.1
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
public @interface ManyToMany {
    /** @return the join table */
    String joinTable();

    /** @return the join table column that holds this entity's id */
    String joinColumn();

    /** @return the join table column that holds the target's id */
    String inverseJoinColumn();
}
