package io.reactiveorm.spi;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A to-many include, rendered by the core up to the point where dialects differ: how rows are aggregated into one
 * JSON array in order, with an optional per-parent limit.
 *
 * @param element the JSON expression of one element
 * @param from the FROM clause body, e.g. {@code review t2} or {@code tag t3 JOIN post_tag j3 ON j3.tag_id = t3.id}
 * @param where the WHERE clause body, correlating with the parent and applying the include's filter
 * @param orderBy the element order, never empty (the id is the last tie-breaker)
 * @param limit the most elements per parent, or null for all
 * @param id the element's id expression, e.g. {@code t2.id}
 * @since 0.1
 */
public record CollectionQuery(String element, String from, String where, List<OrderTerm> orderBy,
                              @Nullable Integer limit, String id) {

    /** Copies the order. */
    public CollectionQuery {
        orderBy = List.copyOf(orderBy);
    }

    /** @return the ORDER BY list as SQL */
    public String orderSql() {
        StringBuilder out = new StringBuilder();
        for (OrderTerm term : orderBy) {
            if (out.length() > 0) {
                out.append(", ");
            }
            out.append(term.sql());
        }
        return out.toString();
    }
}
