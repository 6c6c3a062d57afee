package io.reactiveorm.internal.plan;

import io.reactiveorm.Filter;
import io.reactiveorm.InvalidQueryException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Renders filters to SQL with bind markers, checking every path and value type; and lists a filter's values in
 * the order their markers were rendered.
 */
final class FilterCompiler {
    private FilterCompiler() {
    }

    /**
     * @param filter the filter
     * @param scope resolves paths
     * @param marker given a value and its column, records the bind and returns its marker
     * @param maxValues the most values an IN list may have (the database's bind parameter limit)
     * @return the SQL condition
     * @throws InvalidQueryException for a path or value that does not fit, or a longer IN list
     */
    static String render(Filter filter, Scope scope, BiFunction<Object, Scope.Column, String> marker, int maxValues) {
        if (filter instanceof Filter.Compare c) {
            Scope.Column column = scope.column(c.path());
            return column.sql() + " " + c.op().sql() + " " + marker.apply(c.value(), column);
        }
        if (filter instanceof Filter.In in) {
            Scope.Column column = scope.column(in.path());
            if (in.values().isEmpty()) {
                return "1 = 0";
            }
            if (in.values().size() > maxValues) {
                throw new InvalidQueryException(column.where() + ": an IN list of " + in.values().size()
                        + " values exceeds the database's limit of " + maxValues + " bind parameters per statement;"
                        + " split the list and run one statement per part");
            }
            List<String> markers = new ArrayList<>();
            for (Object value : in.values()) {
                if (value == null) {
                    throw new InvalidQueryException(column.where() + ": IN values must not be null");
                }
                markers.add(marker.apply(value, column));
            }
            return column.sql() + " IN (" + String.join(", ", markers) + ")";
        }
        if (filter instanceof Filter.Like like) {
            Scope.Column column = scope.column(like.path());
            if (column.attribute().type() != String.class) {
                throw new InvalidQueryException(column.where() + ": LIKE needs a String attribute");
            }
            return column.sql() + " LIKE " + marker.apply(like.pattern(), column) + " ESCAPE '!'";
        }
        if (filter instanceof Filter.IsNull isNull) {
            return scope.column(isNull.path()).sql() + " IS NULL";
        }
        if (filter instanceof Filter.And and) {
            return join(and.filters(), " AND ", "1 = 1", scope, marker, maxValues);
        }
        if (filter instanceof Filter.Or or) {
            return join(or.filters(), " OR ", "1 = 0", scope, marker, maxValues);
        }
        return "NOT (" + render(((Filter.Not) filter).filter(), scope, marker, maxValues) + ")";
    }

    private static String join(List<Filter> filters, String operator, String empty, Scope scope,
                               BiFunction<Object, Scope.Column, String> marker, int maxValues) {
        if (filters.isEmpty()) {
            return empty;
        }
        if (filters.size() == 1) {
            return render(filters.get(0), scope, marker, maxValues);
        }
        List<String> parts = new ArrayList<>();
        for (Filter f : filters) {
            parts.add(render(f, scope, marker, maxValues));
        }
        return "(" + String.join(operator, parts) + ")";
    }

    /**
     * @param filter a filter
     * @return its values in rendering order
     */
    static List<Object> values(Filter filter) {
        List<Object> out = new ArrayList<>();
        collect(filter, out);
        return out;
    }

    private static void collect(Filter filter, List<Object> out) {
        if (filter instanceof Filter.Compare c) {
            out.add(c.value());
        } else if (filter instanceof Filter.In in) {
            out.addAll(in.values());
        } else if (filter instanceof Filter.Like like) {
            out.add(like.pattern());
        } else if (filter instanceof Filter.And and) {
            and.filters().forEach(f -> collect(f, out));
        } else if (filter instanceof Filter.Or or) {
            or.filters().forEach(f -> collect(f, out));
        } else if (filter instanceof Filter.Not not) {
            collect(not.filter(), out);
        }
    }

    /**
     * The filter with every value replaced by its class: two filters with equal shapes render the same SQL.
     *
     * @param filter a filter
     * @return its shape
     */
    static Filter shape(Filter filter) {
        if (filter instanceof Filter.Compare c) {
            return new Filter.Compare(c.path(), c.op(), c.value().getClass());
        }
        if (filter instanceof Filter.In in) {
            return new Filter.In(in.path(), in.values().stream().map(v -> (Object) v.getClass()).toList());
        }
        if (filter instanceof Filter.Like like) {
            return new Filter.Like(like.path(), "");
        }
        if (filter instanceof Filter.And and) {
            return new Filter.And(and.filters().stream().map(FilterCompiler::shape).toList());
        }
        if (filter instanceof Filter.Or or) {
            return new Filter.Or(or.filters().stream().map(FilterCompiler::shape).toList());
        }
        if (filter instanceof Filter.Not not) {
            return new Filter.Not(shape(not.filter()));
        }
        return filter;
    }
}
