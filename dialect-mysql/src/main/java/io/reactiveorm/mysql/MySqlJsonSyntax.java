package io.reactiveorm.mysql;

import io.reactiveorm.spi.CollectionQuery;
import io.reactiveorm.spi.JsonSyntax;
import io.reactiveorm.spi.ValueKind;
import java.util.ArrayList;
import java.util.List;

/**
 * MySQL/MariaDB JSON: {@code JSON_ARRAY}/{@code JSON_OBJECT}, nested values as correlated scalar subqueries (they
 * stay JSON), and an empty collection as {@code COALESCE(.., JSON_ARRAY())}: a text fallback such as {@code '[]'}
 * would turn every non-empty nested array into an escaped string. Collections per {@link Aggregation}. Binary values
 * are base64 ({@code TO_BASE64} breaks lines every 76 characters; the decoder skips them), JSON columns are
 * re-flagged as JSON with {@code JSON_EXTRACT(col, '$')} so MariaDB (where JSON is LONGTEXT) does not quote them, and
 * wrapped in a one-element array so a JSON {@code null} differs from SQL NULL. FLOAT is rendered as its exact DOUBLE
 * value (JSON would round it to 6 significant digits).
 * Booleans come out as 1/0 and temporal values as {@code 'yyyy-MM-dd HH:mm:ss.ffffff'} without an offset, which the
 * decoder reads as UTC: see {@link MySqlSessionDefaults}.
 */
final class MySqlJsonSyntax implements JsonSyntax {

    /** How a collection is aggregated in order, with its per-parent limit. */
    enum Aggregation {
        /**
         * MariaDB: {@code JSON_ARRAYAGG(x ORDER BY k LIMIT n)} in the correlated subquery (a derived table cannot see
         * the parent's columns on MariaDB).
         */
        ORDERED_JSON_ARRAYAGG,
        /**
         * MySQL 8, whose {@code JSON_ARRAYAGG} takes no {@code ORDER BY}: {@code GROUP_CONCAT(x ORDER BY k)} of the
         * elements' JSON text, re-parsed by {@code JSON_EXTRACT(CONCAT('[', .., ']'), '$')} (a truncated text fails
         * loudly as invalid JSON); a per-parent limit uses an ordered derived table, which may reference the parent
         * from MySQL 8.0.14.
         */
        ORDERED_GROUP_CONCAT
    }

    private final Aggregation aggregation;

    MySqlJsonSyntax(Aggregation aggregation) {
        this.aggregation = aggregation;
    }

    @Override
    public String object(List<String> keys, List<String> values) {
        List<String> arguments = new ArrayList<>(keys.size() * 2);
        for (int i = 0; i < keys.size(); i++) {
            arguments.add("'" + keys.get(i) + "'");
            arguments.add(values.get(i));
        }
        return "JSON_OBJECT(" + String.join(", ", arguments) + ")";
    }

    @Override
    public String array(List<String> values) {
        return "JSON_ARRAY(" + String.join(", ", values) + ")";
    }

    @Override
    public String collection(CollectionQuery q) {
        String limit = q.limit() == null ? "" : " LIMIT " + q.limit();
        if (aggregation == Aggregation.ORDERED_JSON_ARRAYAGG) {
            return "COALESCE((SELECT JSON_ARRAYAGG(" + q.element() + " ORDER BY " + q.orderSql() + limit + ") FROM "
                    + q.from() + " WHERE " + q.where() + "), JSON_ARRAY())";
        }
        if (q.limit() == null) {
            return "COALESCE((SELECT " + concatenated(q.element(), q.orderSql()) + " FROM " + q.from() + " WHERE "
                    + q.where() + "), JSON_ARRAY())";
        }
        return "COALESCE((" + q.limitedSelect(MySqlJsonSyntax::concatenated) + "), JSON_ARRAY())";
    }

    private static String concatenated(String element, String order) {
        return "JSON_EXTRACT(CONCAT('[', GROUP_CONCAT(" + element + " ORDER BY " + order + " SEPARATOR ','), ']'), '$')";
    }

    @Override
    public String value(String expression, ValueKind kind) {
        if (kind == ValueKind.BYTES) {
            return "TO_BASE64(" + expression + ")";
        }
        if (kind == ValueKind.JSON) {
            return "CASE WHEN " + expression + " IS NULL THEN NULL ELSE JSON_ARRAY(JSON_EXTRACT(" + expression + ", '$')) END";
        }
        if (kind == ValueKind.FLOAT) {
            // JSON renders FLOAT with 6 significant digits (3.1415927 -> 3.14159); its exact double value reads back
            // as the same float. (CAST(.. AS DOUBLE): MariaDB 10.11 has it; MySQL from 8.0.17.)
            return "CAST(" + expression + " AS DOUBLE)";
        }
        if (kind == ValueKind.DECIMAL && aggregation == Aggregation.ORDERED_GROUP_CONCAT) {
            // MySQL re-parses the concatenated text, and its JSON parser reads fractions as double (0.10 -> 0.1,
            // 18 digits rounded): a string keeps the exact value and scale, and the decoder reads it exactly.
            return "CAST(" + expression + " AS CHAR)";
        }
        return expression;
    }
}
