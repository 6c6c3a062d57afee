package io.reactiveorm.postgres;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import io.r2dbc.postgresql.codec.Json;
import io.r2dbc.spi.Row;
import io.reactiveorm.spi.CollectionQuery;
import io.reactiveorm.spi.JsonSyntax;
import io.reactiveorm.spi.ValueKind;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * PostgreSQL JSON: {@code json_build_array}/{@code json_build_object} (chunked through {@code jsonb ||} past the
 * 100-argument limit), {@code json_agg(.. ORDER BY ..)} with {@code COALESCE(.., '[]')}, and an ordered correlated
 * derived table when a per-parent {@code LIMIT} applies ({@code LIMIT} is not allowed inside an aggregate, and only
 * the aggregate's own {@code ORDER BY} guarantees order). Binary values are base64; NaN and the infinities of
 * float columns come out as the strings {@code "NaN"}, {@code "Infinity"}, which the decoder reads; a JSON value is
 * wrapped in a one-element array, so its {@code null} differs from SQL NULL.
 */
final class PostgresJsonSyntax implements JsonSyntax {
    private static final int MAX_ARGUMENTS = 100;
    /** ISO-8601 in UTC with microseconds, e.g. {@code 0001-01-01T00:00:00.000001Z}. */
    private static final String UTC_TIMESTAMP = "'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"'";

    @Override
    public String object(List<String> keys, List<String> values) {
        List<String> arguments = new ArrayList<>(keys.size() * 2);
        for (int i = 0; i < keys.size(); i++) {
            arguments.add("'" + keys.get(i) + "'");
            arguments.add(values.get(i));
        }
        return chunked("json_build_object", "jsonb_build_object", arguments);
    }

    @Override
    public String array(List<String> values) {
        return chunked("json_build_array", "jsonb_build_array", values);
    }

    private static String chunked(String function, String jsonbFunction, List<String> arguments) {
        if (arguments.size() <= MAX_ARGUMENTS) {
            return function + "(" + String.join(", ", arguments) + ")";
        }
        List<String> chunks = new ArrayList<>();
        for (int from = 0; from < arguments.size(); from += MAX_ARGUMENTS) {
            List<String> chunk = arguments.subList(from, Math.min(arguments.size(), from + MAX_ARGUMENTS));
            chunks.add(jsonbFunction + "(" + String.join(", ", chunk) + ")");
        }
        return "(" + String.join(" || ", chunks) + ")::json";
    }

    @Override
    public String collection(CollectionQuery q) {
        if (q.limit() == null) {
            return "COALESCE((SELECT json_agg(" + q.element() + " ORDER BY " + q.orderSql() + ") FROM " + q.from()
                    + " WHERE " + q.where() + "), '[]')";
        }
        return "(" + q.limitedSelect((element, order) -> "COALESCE(json_agg(" + element + " ORDER BY " + order + "), '[]')")
                + ")";
    }

    /**
     * Binary values are base64. Instants ({@code timestamptz}) are written in UTC by {@code to_char}: inside JSON
     * PostgreSQL would render them in the session {@code TimeZone}, which r2dbc-postgresql takes from the JVM's
     * default zone, and far from UTC the years 1 and 9999 come out as {@code 0001-12-31T20:29:08-03:30:52 BC} or
     * {@code 10000-01-01T..+14:00}, which no decoder reads.
     */
    @Override
    public String value(String expression, ValueKind kind) {
        return switch (kind) {
            case BYTES -> "encode(" + expression + ", 'base64')";
            case INSTANT, OFFSET_DATETIME -> "to_char(" + expression + " AT TIME ZONE 'UTC', " + UTC_TIMESTAMP + ")";
            case JSON -> "CASE WHEN " + expression + " IS NULL THEN NULL ELSE json_build_array(" + expression + ") END";
            default -> expression;
        };
    }

    @Override
    public JsonParser parse(Row row, JsonFactory factory) throws IOException {
        Json json = row.get(0, Json.class);
        if (json == null) {
            throw new IOException("the JSON column is NULL");
        }
        return factory.createParser(json.asArray());
    }
}
