package io.reactiveorm.internal.plan;

import io.reactiveorm.internal.model.Attribute;

/** Where the value of one bind marker of a compiled query comes from. */
sealed interface Bind {

    /**
     * A value fixed by the query shape (an include filter's value), already converted for the driver.
     *
     * @param value the value
     */
    record Constant(Object value) implements Bind {
    }

    /**
     * The n-th value of the root filter, in {@link FilterCompiler#values} order.
     *
     * @param index the value's position
     * @param attribute the attribute it is compared with
     * @param where the filter path, for messages
     */
    record RootValue(int index, Attribute attribute, String where) implements Bind {
    }

    /**
     * The n-th sort-key value of a keyset page's cursor (never null: NULL keys change the SQL shape instead).
     *
     * @param index the key's position in the sort
     * @param attribute the key's attribute
     * @param where the sort path, for messages
     */
    record CursorValue(int index, Attribute attribute, String where) implements Bind {
    }

    /** The root query's offset. */
    record Offset() implements Bind {
    }
}
