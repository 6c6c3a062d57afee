package io.reactiveorm.sqlite;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

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
  private static final Pattern TRIGGER =
      Pattern.compile("\\s*CREATE\\s+(TEMP\\w*\\s+)?TRIGGER\\b", Pattern.CASE_INSENSITIVE);

  static ParsedSql parse(String sql) {
    StringBuilder out = new StringBuilder(sql.length());
    Map<String, Integer> names = new HashMap<>();
    int max = 0;
    int i = 0;
    int n = sql.length();
    while (i < n) {
      char c = sql.charAt(i);
      int end = skipped(sql, i); // past a literal, quoted identifier or comment: copied as it is
      if (end == i && (c == '?' || ((c == '$' || c == ':' || c == '@') && i + 1 < n
          && isNameChar(sql.charAt(i + 1))))) {
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
      }
      end = Math.max(end, i + 1);
      out.append(sql, i, end);
      i = end;
    }
    return new ParsedSql(out.toString(), max, Map.copyOf(names), firstKeyword(sql));
  }

  /**
   * Splits SQL text at the semicolons that end statements (not those inside literals, quoted
   * identifiers, comments or a trigger body).
   *
   * @param sql one or more statements
   * @return the statements, without empty ones (a trailing {@code ;} or a comment)
   */
  static List<String> statements(String sql) {
    if (TRIGGER.matcher(sql).lookingAt()) {
      return List.of(sql);
    }
    List<String> out = new ArrayList<>();
    int start = 0;
    int i = 0;
    int n = sql.length();
    while (i < n) {
      int end = skipped(sql, i);
      if (end == i && sql.charAt(i) == ';') {
        addStatement(out, sql.substring(start, i));
        start = i + 1;
      }
      i = Math.max(end, i + 1);
    }
    addStatement(out, sql.substring(start));
    return out;
  }

  private static void addStatement(List<String> out, String statement) {
    if (!firstKeyword(statement).isEmpty()) {
      out.add(statement.strip());
    }
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

  /** @return the end of the literal, quoted identifier or comment at {@code i}, or {@code i} if none starts there */
  private static int skipped(String sql, int i) {
    char c = sql.charAt(i);
    if (c == '\'' || c == '"' || c == '`') {
      return closing(sql, i, c);
    }
    if (c == '[') {
      return closing(sql, i, ']');
    }
    if (sql.startsWith("--", i)) {
      int nl = sql.indexOf('\n', i);
      return nl < 0 ? sql.length() : nl + 1;
    }
    if (sql.startsWith("/*", i)) {
      int close = sql.indexOf("*/", i + 2);
      return close < 0 ? sql.length() : close + 2;
    }
    return i;
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
