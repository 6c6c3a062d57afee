package io.reactiveorm.internal.model;

/** The four relation kinds. */
public enum RelationKind {
    /** many-to-one: this table holds the foreign key */
    BELONGS_TO,
    /** one-to-one: the target table holds the foreign key */
    HAS_ONE,
    /** one-to-many: the target table holds the foreign key */
    HAS_MANY,
    /** many-to-many through a join table */
    MANY_TO_MANY;

    /** @return whether the relation loads a list */
    public boolean toMany() {
        return this == HAS_MANY || this == MANY_TO_MANY;
    }
}
