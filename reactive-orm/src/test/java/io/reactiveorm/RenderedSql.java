package io.reactiveorm;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The SQL text of keyset pages and counts, for golden-SQL tests in other packages: the statements {@link Query#page}
 * and {@link Query#count} send, compiled without a database.
 */
public final class RenderedSql {
    private RenderedSql() {
    }

    /**
     * @param query a query without limit and offset
     * @param request the page to load
     * @return the SQL {@code query.page(request)} sends
     */
    public static String page(Query<?> query, PageRequest request) {
        return query.pageQuery(request).query().sql();
    }

    /**
     * @param query a query
     * @return the SQL {@code query.count()} sends
     */
    public static String count(Query<?> query) {
        return query.countQuery().sql();
    }

    /**
     * @param orm the ORM the query belongs to (its cursor codec)
     * @param type the query's root entity class
     * @param query a query without limit and offset
     * @param values one value per sort key of the query's page order (the id last); null for NULL
     * @return a cursor of a row with these key values, as {@link Page#nextCursor()} would give
     */
    public static <T> String cursor(Orm orm, Class<T> type, Query<T> query, @Nullable Object... values) {
        Objects.requireNonNull(values, "values");
        return orm.cursors().encode(type, query.pageQuery(PageRequest.first(1)).keys(), values);
    }
}
