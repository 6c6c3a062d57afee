package io.reactiveorm.postgres;

import io.reactiveorm.spi.SqlSyntax;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * PostgreSQL identifiers ({@code "quoted"} only when needed), {@code $n} bind markers, row-value keyset predicates
 * and the standard {@code NULLS FIRST/LAST}.
 */
final class PostgresSqlSyntax implements SqlSyntax {
    private static final Pattern PLAIN = Pattern.compile("[a-z_][a-z0-9_]*");
    private static final Set<String> RESERVED = Set.of("all", "and", "as", "asc", "by", "case", "check", "column",
            "default", "desc", "do", "else", "end", "false", "for", "from", "group", "in", "is", "limit", "not", "null",
            "offset", "on", "or", "order", "primary", "references", "select", "table", "then", "to", "true", "union",
            "user", "when", "where", "with");

    @Override
    public String identifier(String name) {
        if (PLAIN.matcher(name).matches() && !RESERVED.contains(name)) {
            return name;
        }
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    @Override
    public String bindMarker(int index) {
        return "$" + (index + 1);
    }

    @Override
    public String jsonParameter(String marker) {
        return "CAST(" + marker + " AS jsonb)";
    }

    /** PostgreSQL seeks a composite index for {@code (a, id) > ($1, $2)} (Index Cond on ROW), also with generic plans. */
    @Override
    public boolean rowValueSeek() {
        return true;
    }
}
