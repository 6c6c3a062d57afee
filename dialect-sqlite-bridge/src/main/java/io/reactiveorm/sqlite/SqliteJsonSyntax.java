package io.reactiveorm.sqlite;

import io.reactiveorm.spi.CollectionQuery;
import io.reactiveorm.spi.JsonSyntax;
import io.reactiveorm.spi.ValueKind;
import java.util.ArrayList;
import java.util.List;

/**
 * SQLite JSON (needs SQLite 3.44+ for {@code ORDER BY} inside aggregates; sqlite-jdbc bundles it).
 *
 * <ul>
 *   <li>Objects and arrays are {@code json_object}/{@code json_array}. SQLite takes at most 100
 *       arguments per function call, so wider ones are continued with chained {@code json_insert}
 *       calls ({@code '$."k"'} for keys, {@code '$[#]'} to append to arrays), which keep key order,
 *       nulls and nested JSON ({@code json_patch} would drop null keys).</li>
 *   <li>The JSON subtype does not survive a subquery or derived-table boundary on current SQLite
 *       (the value comes out as an escaped string), so every nested value is wrapped in
 *       {@code json(..)}; {@code json(NULL)} stays NULL.</li>
 *   <li>Collections are {@code json_group_array(.. ORDER BY ..)}: an aggregate without GROUP BY
 *       always yields one row, {@code []} for no input, so no COALESCE is needed. A per-parent limit
 *       aggregates an ordered, correlated derived table.</li>
 *   <li>Values: BLOB cannot go into JSON, so bytes are {@code hex(..)} ({@code hex(NULL)} is
 *       {@code ''}, hence the NULL guard); REAL is rendered by {@code json_object} with 15 significant
 *       digits (0.1 + 0.2 comes out as 0.3), so doubles are {@code quote(..)} strings, which SQLite
 *       widens to 20 digits when 15 do not round-trip; JSON columns (TEXT) are embedded with
 *       {@code json(..)}, wrapped in a one-element array so a JSON {@code null} differs from SQL NULL; decimals stored as TEXT stay exact strings; booleans are 1/0.</li>
 * </ul>
 */
final class SqliteJsonSyntax implements JsonSyntax {
  /** SQLite's limit on function arguments (sqlite-jdbc's build). */
  static final int MAX_ARGUMENTS = 100;

  @Override
  public String object(List<String> keys, List<String> values) {
    List<String> first = new ArrayList<>();
    List<String> rest = new ArrayList<>();
    for (int i = 0; i < keys.size(); i++) {
      String key = keys.get(i);
      if (i < MAX_ARGUMENTS / 2) {
        first.add(literal(key));
        first.add(values.get(i));
      } else {
        if (key.indexOf('"') >= 0) {
          throw new IllegalArgumentException("JSON key not supported by SQLite paths: " + key);
        }
        rest.add(literal("$.\"" + key + "\""));
        rest.add(values.get(i));
      }
    }
    return inserted("json_object(" + String.join(", ", first) + ")", rest);
  }

  @Override
  public String array(List<String> values) {
    int head = Math.min(values.size(), MAX_ARGUMENTS);
    List<String> rest = new ArrayList<>();
    for (String value : values.subList(head, values.size())) {
      rest.add("'$[#]'");
      rest.add(value);
    }
    return inserted("json_array(" + String.join(", ", values.subList(0, head)) + ")", rest);
  }

  /** Continues {@code json} with path/value pairs, at most 49 pairs per {@code json_insert} call. */
  private static String inserted(String json, List<String> pathValuePairs) {
    String out = json;
    int perCall = (MAX_ARGUMENTS - 1) / 2 * 2;
    for (int from = 0; from < pathValuePairs.size(); from += perCall) {
      List<String> chunk = pathValuePairs.subList(from, Math.min(pathValuePairs.size(), from + perCall));
      out = "json_insert(" + out + ", " + String.join(", ", chunk) + ")";
    }
    return out;
  }

  @Override
  public String nested(String subquery) {
    return "json(" + subquery + ")";
  }

  @Override
  public String collection(CollectionQuery q) {
    if (q.limit() == null) {
      return "json((SELECT json_group_array(" + q.element() + " ORDER BY " + q.orderSql() + ") FROM "
          + q.from() + " WHERE " + q.where() + "))";
    }
    return "json((" + q.limitedSelect((element, order) -> "json_group_array(json(" + element + ") ORDER BY " + order + ")")
        + "))";
  }

  @Override
  public String value(String expression, ValueKind kind) {
    switch (kind) {
      case BYTES:
        return "CASE WHEN " + expression + " IS NULL THEN NULL ELSE hex(" + expression + ") END";
      case DOUBLE:
      case FLOAT:
        return "CASE WHEN " + expression + " IS NULL THEN NULL ELSE quote(" + expression + ") END";
      case JSON:
        return "json(CASE WHEN " + expression + " IS NULL THEN NULL ELSE json_array(json(" + expression
            + ")) END)";
      default:
        return expression;
    }
  }

  private static String literal(String text) {
    return "'" + text.replace("'", "''") + "'";
  }
}
