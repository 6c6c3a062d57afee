package io.reactiveorm.internal.mapping;

/**
 * One row of a keyset page: the decoded root object and the values of its sort keys (the cursor's content).
 *
 * @param entity the root object
 * @param keys the sort-key values, in sort order, the id last; NULL keys are null
 */
public record KeyedRow(Object entity, Object[] keys) {
}
