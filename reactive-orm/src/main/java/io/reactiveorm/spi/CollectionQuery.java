package io.reactiveorm.spi;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BinaryOperator;
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

    /**
     * The limited collection as an ordered derived table, for databases without a {@code LIMIT} inside the
     * aggregate: {@code SELECT <aggregate> FROM (SELECT <element> AS j, <key 0> AS o0, .. FROM .. WHERE ..
     * ORDER BY .. LIMIT n) x}. The derived table picks the first elements; the aggregate orders them again by the
     * selected keys, since only its own {@code ORDER BY} guarantees the order.
     *
     * @param aggregate builds the aggregate from the element ({@code x.j}) and its ORDER BY list (on {@code x.o0, ..})
     * @return the SELECT, without parentheses
     * @throws IllegalStateException if there is no limit
     */
    public String limitedSelect(BinaryOperator<String> aggregate) {
        if (limit == null) {
            throw new IllegalStateException("the collection has no limit");
        }
        List<String> outerOrder = new ArrayList<>();
        StringBuilder orderColumns = new StringBuilder();
        for (int i = 0; i < orderBy.size(); i++) {
            OrderTerm term = orderBy.get(i);
            orderColumns.append(", ").append(term.expression()).append(" AS o").append(i);
            outerOrder.add(term.on("x.o" + i).sql());
        }
        return "SELECT " + aggregate.apply("x.j", String.join(", ", outerOrder)) + " FROM (SELECT " + element + " AS j"
                + orderColumns + " FROM " + from + " WHERE " + where + " ORDER BY " + orderSql() + " LIMIT " + limit + ") x";
    }
}
