package io.reactiveorm.h2;

import io.reactiveorm.spi.SqlSyntax;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * H2 identifiers, {@code $n} bind markers and standard {@code OFFSET .. ROWS FETCH FIRST n ROWS ONLY}.
 *
 * <p>H2 folds unquoted identifiers to upper case, so a plain lower- or upper-case name is left unquoted and means
 * the same object either way. A reserved word is quoted in upper case (the name an unquoted {@code value} would
 * have had); any other name (mixed case, spaces, ..) is quoted exactly as given.
 */
final class H2SqlSyntax implements SqlSyntax {
    private static final Pattern PLAIN = Pattern.compile("[a-z_][a-z0-9_]*|[A-Z_][A-Z0-9_]*");
    /** H2 2.x reserved words (https://h2database.com/html/advanced.html#keywords). */
    private static final Set<String> RESERVED = Set.of("ALL", "AND", "ANY", "ARRAY", "AS", "ASYMMETRIC", "AUTHORIZATION",
            "BETWEEN", "BOTH", "CASE", "CAST", "CHECK", "CONSTRAINT", "CROSS", "CURRENT_CATALOG", "CURRENT_DATE",
            "CURRENT_PATH", "CURRENT_ROLE", "CURRENT_SCHEMA", "CURRENT_TIME", "CURRENT_TIMESTAMP", "CURRENT_USER", "DAY",
            "DEFAULT", "DISTINCT", "ELSE", "END", "EXCEPT", "EXISTS", "FALSE", "FETCH", "FOR", "FOREIGN", "FROM", "FULL",
            "GROUP", "GROUPS", "HAVING", "HOUR", "IF", "ILIKE", "IN", "INNER", "INTERSECT", "INTERVAL", "IS", "JOIN", "KEY",
            "LEADING", "LEFT", "LIKE", "LIMIT", "LOCALTIME", "LOCALTIMESTAMP", "MINUS", "MINUTE", "MONTH", "NATURAL", "NOT",
            "NULL", "OFFSET", "ON", "OR", "ORDER", "OVER", "PARTITION", "PRIMARY", "QUALIFY", "RANGE", "REGEXP", "RIGHT",
            "ROW", "ROWNUM", "ROWS", "SECOND", "SELECT", "SESSION_USER", "SET", "SOME", "SYMMETRIC", "SYSTEM_USER", "TABLE",
            "TO", "TOP", "TRAILING", "TRUE", "UESCAPE", "UNION", "UNIQUE", "UNKNOWN", "USER", "USING", "VALUE", "VALUES",
            "WHEN", "WHERE", "WINDOW", "WITH", "YEAR", "_ROWID_");

    @Override
    public String identifier(String name) {
        if (PLAIN.matcher(name).matches()) {
            String folded = name.toUpperCase(Locale.ROOT);
            return RESERVED.contains(folded) ? '"' + folded + '"' : name;
        }
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    /** Without {@code FORMAT JSON}, H2 stores JSON text as one JSON string. */
    @Override
    public String jsonParameter(String marker) {
        return marker + " FORMAT JSON";
    }

    /** H2 has no {@code ON CONFLICT}: {@code MERGE INTO t (..) KEY (id) VALUES (..)}. */
    @Override
    public String upsert(String table, java.util.List<String> columns, java.util.List<String> values) {
        return "MERGE INTO " + table + " (" + String.join(", ", columns) + ") KEY (" + columns.get(0) + ") VALUES ("
                + String.join(", ", values) + ")";
    }

    @Override
    public String bindMarker(int index) {
        return "$" + (index + 1);
    }

    @Override
    public String limitOffset(@Nullable Integer limit, @Nullable String offsetMarker) {
        String out = offsetMarker == null ? "" : " OFFSET " + offsetMarker + " ROWS";
        return limit == null ? out : out + " FETCH FIRST " + limit + " ROWS ONLY";
    }
}
