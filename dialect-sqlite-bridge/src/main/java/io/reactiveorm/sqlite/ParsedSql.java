package io.reactiveorm.sqlite;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * SQL with its parameter markers resolved the way SQLite numbers them: {@code ?} takes the next
 * index, {@code ?N} and {@code $N} (rewritten to {@code ?N}) take index N, and {@code :name},
 * {@code @name}, {@code $name} share one index per name. String literals, quoted identifiers and
 * comments are skipped.
 *
 * @param sql the SQL to prepare
 * @param parameterCount the highest parameter index
 * @param names 1-based index by marker ({@code "$1"}, {@code "?1"}, {@code ":id"}, ...)
 * @param keyword the first keyword, upper case
 */
record ParsedSql(String sql, int parameterCount, Map<String, Integer> names, String keyword) {

  static ParsedSql parse(String sql) {
    StringBuilder out = new StringBuilder(sql.length());
    Map<String, Integer> names = new HashMap<>();
    int max = 0;
    int i = 0;
    int n = sql.length();
    while (i < n) {
      char c = sql.charAt(i);
      int end;
      if (c == '\'' || c == '"' || c == '`') {
        end = closing(sql, i, c);
      } else if (c == '[') {
        end = closing(sql, i, ']');
      } else if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
        int nl = sql.indexOf('\n', i);
        end = nl < 0 ? n : nl + 1;
      } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
        int close = sql.indexOf("*/", i + 2);
        end = close < 0 ? n : close + 2;
      } else if (c == '?' || ((c == '$' || c == ':' || c == '@') && i + 1 < n
          && isNameChar(sql.charAt(i + 1)))) {
        end = i + 1;
        while (end < n && isNameChar(sql.charAt(end))) {
          end++;
        }
        String token = sql.substring(i, end);
        String body = token.substring(1);
        int index;
        if (body.isEmpty()) {
          index = ++max;
        } else if (body.chars().allMatch(Character::isDigit) && (c == '?' || c == '$')) {
          index = Integer.parseInt(body);
          if (index < 1) {
            throw new IllegalArgumentException("Parameter index must be >= 1: " + token);
          }
          max = Math.max(max, index);
          token = "?" + body;
          names.put("$" + body, index);
        } else {
          Integer known = names.get(token);
          index = known != null ? known : ++max;
        }
        names.put(token, index);
        out.append(token);
        i = end;
        continue;
      } else {
        end = i + 1;
      }
      out.append(sql, i, end);
      i = end;
    }
    return new ParsedSql(out.toString(), max, Map.copyOf(names), firstKeyword(sql));
  }

  /** 1-based index for a bind name: a marker ({@code $1}, {@code :id}) or a bare name/number. */
  int indexOf(String name) {
    Integer index = names.get(name);
    if (index == null) {
      for (String prefix : new String[] {"$", ":", "@", "?"}) {
        index = names.get(prefix + name);
        if (index != null) {
          break;
        }
      }
    }
    if (index == null) {
      throw new java.util.NoSuchElementException("Unknown parameter name '" + name + "' in: " + sql);
    }
    return index;
  }

  /** True for a plain {@code SELECT}, which may run on a read-only reader connection. */
  boolean isQuery() {
    return keyword.equals("SELECT") || keyword.equals("VALUES");
  }

  /** True for statements whose update count is meaningful. */
  boolean isDml() {
    return switch (keyword) {
      case "INSERT", "UPDATE", "DELETE", "REPLACE", "WITH" -> true;
      default -> false;
    };
  }

  /** True for INSERT/UPDATE/DELETE/REPLACE, whose RETURNING rows are followed by a count. */
  boolean returnsRowCount() {
    return switch (keyword) {
      case "INSERT", "UPDATE", "DELETE", "REPLACE" -> true;
      default -> false;
    };
  }

  private static boolean isNameChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_';
  }

  private static int closing(String sql, int start, char quote) {
    int i = start + 1;
    while (i < sql.length()) {
      if (sql.charAt(i) == quote) {
        if (quote != ']' && i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
          i += 2;
          continue;
        }
        return i + 1;
      }
      i++;
    }
    return sql.length();
  }

  private static String firstKeyword(String sql) {
    int i = 0;
    int n = sql.length();
    while (i < n) {
      char c = sql.charAt(i);
      if (Character.isWhitespace(c) || c == '(' || c == ';') {
        i++;
      } else if (sql.startsWith("--", i)) {
        int nl = sql.indexOf('\n', i);
        i = nl < 0 ? n : nl + 1;
      } else if (sql.startsWith("/*", i)) {
        int close = sql.indexOf("*/", i + 2);
        i = close < 0 ? n : close + 2;
      } else {
        break;
      }
    }
    int start = i;
    while (i < n && Character.isLetter(sql.charAt(i))) {
      i++;
    }
    return sql.substring(start, i).toUpperCase(Locale.ROOT);
  }
}
