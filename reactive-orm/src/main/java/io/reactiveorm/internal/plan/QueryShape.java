package io.reactiveorm.internal.plan;

import io.reactiveorm.Filter;
import io.reactiveorm.IncludeTree;
import io.reactiveorm.Sort;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Everything that decides a query's SQL text, and nothing else (no root filter values, no offset value): the key
 * of the compiled-query cache.
 *
 * @param type the root entity class
 * @param tree the include tree
 * @param filter the root filter's shape ({@link FilterCompiler#shape})
 * @param order the root order
 * @param limit the root limit
 * @param offset whether an offset is bound
 * @param count whether this is a count query
 */
public record QueryShape(Class<?> type, IncludeTree tree, @Nullable Filter filter, List<Sort> order,
                         @Nullable Integer limit, boolean offset, boolean count) {

    /**
     * @param type the root entity class
     * @param tree the include tree
     * @param filter the root filter with its values
     * @param order the root order
     * @param limit the root limit
     * @param offset whether an offset is bound
     * @param count whether this is a count query
     * @return the shape
     */
    public static QueryShape of(Class<?> type, IncludeTree tree, @Nullable Filter filter, List<Sort> order,
                                @Nullable Integer limit, boolean offset, boolean count) {
        return new QueryShape(type, tree, filter == null ? null : FilterCompiler.shape(filter), List.copyOf(order),
                limit, offset, count);
    }
}
