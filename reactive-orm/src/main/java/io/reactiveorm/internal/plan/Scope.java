package io.reactiveorm.internal.plan;

import io.reactiveorm.internal.model.Attribute;

/** Resolves attribute paths to SQL column expressions within one FROM clause. */
interface Scope {

    /**
     * @param path an attribute path
     * @return the column
     * @throws io.reactiveorm.InvalidQueryException if the path does not resolve, listing the valid names
     */
    Column column(String path);

    /**
     * A resolved column.
     *
     * @param sql the expression, e.g. {@code t0.title}
     * @param attribute the attribute
     * @param where the entity and path, for messages, e.g. {@code Book.author.lastname}
     */
    record Column(String sql, Attribute attribute, String where) {
    }
}
