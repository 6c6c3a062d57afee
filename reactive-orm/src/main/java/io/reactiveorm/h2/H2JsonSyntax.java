package io.reactiveorm.h2;

import io.reactiveorm.spi.CollectionQuery;
import io.reactiveorm.spi.JsonSyntax;
import io.reactiveorm.spi.ValueKind;
import java.util.ArrayList;
import java.util.List;

/**
 * H2 JSON. Builder results have the SQL type {@code JSON}, so they nest as JSON through scalar subqueries and
 * {@code COALESCE} without any marking.
 * <ul>
 *   <li>Objects: {@code JSON_OBJECT('k': v, ..)} (NULL ON NULL is the default for objects).</li>
 *   <li>Positional arrays: {@code JSON_ARRAY(.. NULL ON NULL)}: arrays default to ABSENT ON NULL, which would drop
 *       a null and shift every later position.</li>
 *   <li>Collections: {@code JSON_ARRAYAGG(x ORDER BY k)}, {@code COALESCE(.., JSON_ARRAY())} for none (a {@code '[]'}
 *       literal would be the JSON string {@code "[]"}). H2 allows no LIMIT inside the aggregate, no LATERAL and no
 *       outer columns in a derived table, so a per-parent limit keeps the ids of the first rows:
 *       {@code id IN (SELECT id .. ORDER BY .. FETCH FIRST n ROWS ONLY)}.</li>
 *   <li>Values: binary cannot go into JSON, so it is hex ({@code RAWTOHEX}); a timestamp with time zone renders its
 *       offset as {@code +02} when the minutes are zero, which the core decoder accepts; doubles and reals are text
 *       ({@code JSON_OBJECT} fails the whole query on NaN or an infinity, which H2 stores), exact as Java prints
 *       them; a JSON value is wrapped in a one-element array, so its {@code null} differs from SQL NULL.</li>
 * </ul>
 */
final class H2JsonSyntax implements JsonSyntax {

    @Override
    public String object(List<String> keys, List<String> values) {
        List<String> pairs = new ArrayList<>(keys.size());
        for (int i = 0; i < keys.size(); i++) {
            pairs.add("'" + keys.get(i) + "': " + values.get(i));
        }
        return "JSON_OBJECT(" + String.join(", ", pairs) + ")";
    }

    @Override
    public String array(List<String> values) {
        return values.isEmpty() ? "JSON_ARRAY()" : "JSON_ARRAY(" + String.join(", ", values) + " NULL ON NULL)";
    }

    @Override
    public String collection(CollectionQuery q) {
        String where = q.where();
        if (q.limit() != null) {
            // The inner query reuses the aliases: its own FROM shadows the outer one, and it correlates with the
            // parent through the same WHERE. The outer WHERE is repeated so a join table yields this parent's rows only.
            where += " AND " + q.id() + " IN (SELECT " + q.id() + " FROM " + q.from() + " WHERE " + q.where()
                    + " ORDER BY " + q.orderSql() + " FETCH FIRST " + q.limit() + " ROWS ONLY)";
        }
        return "COALESCE((SELECT JSON_ARRAYAGG(" + q.element() + " ORDER BY " + q.orderSql() + ") FROM " + q.from()
                + " WHERE " + where + "), JSON_ARRAY())";
    }

    @Override
    public String value(String expression, ValueKind kind) {
        return switch (kind) {
            case BYTES -> "RAWTOHEX(" + expression + ")";
            case DOUBLE, FLOAT -> "CAST(" + expression + " AS VARCHAR)";
            case JSON -> "CASE WHEN " + expression + " IS NULL THEN NULL ELSE JSON_ARRAY(" + expression + " NULL ON NULL) END";
            default -> expression;
        };
    }
}
