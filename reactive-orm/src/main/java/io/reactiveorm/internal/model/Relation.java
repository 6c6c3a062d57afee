package io.reactiveorm.internal.model;

import org.jspecify.annotations.Nullable;

/**
 * A relation attribute.
 *
 * @param name the Java name
 * @param kind the relation kind
 * @param target the related entity class
 * @param foreignKey for BELONGS_TO the column of this table, for HAS_ONE/HAS_MANY the column of the target table
 * @param joinTable the join table of a MANY_TO_MANY
 * @param joinColumn the join table column holding this entity's id
 * @param inverseJoinColumn the join table column holding the target's id
 * @param slot the position in the entity's value array
 */
public record Relation(String name, RelationKind kind, Class<?> target, @Nullable String foreignKey,
                       @Nullable String joinTable, @Nullable String joinColumn, @Nullable String inverseJoinColumn,
                       int slot) {
}
