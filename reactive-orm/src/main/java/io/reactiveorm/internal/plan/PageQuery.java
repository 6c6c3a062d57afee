package io.reactiveorm.internal.plan;

import java.util.List;

/**
 * A compiled keyset page: its rows decode to {@link io.reactiveorm.internal.mapping.KeyedRow}s (the root object plus
 * its sort-key values, read from the same row whether or not the include tree selected them).
 *
 * @param query the SQL, binds and row reader
 * @param keys the sort keys, the id last
 */
public record PageQuery(CompiledQuery query, List<SortKey> keys) {

    /** Copies the keys. */
    public PageQuery {
        keys = List.copyOf(keys);
    }
}
