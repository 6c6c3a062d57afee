package io.reactiveorm.internal.plan;

import io.reactiveorm.Filter;
import io.reactiveorm.internal.mapping.ValueReader;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One compiled query shape: the SQL text, where each bind value comes from, and the reader of a result row's JSON.
 *
 * @param entity the root entity name, for messages
 * @param sql the SQL text
 * @param binds one entry per bind marker, in marker order
 * @param reader reads one root row's JSON (null for count queries)
 */
public record CompiledQuery(String entity, String sql, List<Bind> binds, @Nullable ValueReader reader) {

    /** Copies the binds. */
    public CompiledQuery {
        binds = List.copyOf(binds);
    }

    /**
     * @param filter the root filter of this execution (same shape as the compiled one)
     * @param offset the offset of this execution
     * @return the values to bind, in marker order, converted for the driver
     */
    public Object[] bindValues(@Nullable Filter filter, @Nullable Long offset) {
        return bindValues(filter, offset, new Object[0]);
    }

    /**
     * @param filter the root filter of this execution (same shape as the compiled one)
     * @param offset the offset of this execution
     * @param cursor the sort-key values of a keyset page's cursor (same null pattern as the compiled one)
     * @return the values to bind, in marker order, converted for the driver
     */
    public Object[] bindValues(@Nullable Filter filter, @Nullable Long offset, @Nullable Object[] cursor) {
        List<Object> rootValues = filter == null ? List.of() : FilterCompiler.values(filter);
        Object[] out = new Object[binds.size()];
        for (int i = 0; i < out.length; i++) {
            Bind bind = binds.get(i);
            if (bind instanceof Bind.Constant c) {
                out[i] = c.value();
            } else if (bind instanceof Bind.RootValue r) {
                out[i] = BindValues.convert(rootValues.get(r.index()), r.attribute(), r.where());
            } else if (bind instanceof Bind.CursorValue k) {
                out[i] = BindValues.convert(java.util.Objects.requireNonNull(cursor[k.index()]), k.attribute(), k.where());
            } else {
                out[i] = offset;
            }
        }
        return out;
    }
}
