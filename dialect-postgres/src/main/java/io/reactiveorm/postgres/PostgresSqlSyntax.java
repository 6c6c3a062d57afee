package io.reactiveorm.postgres;

import io.reactiveorm.spi.SqlSyntax;

/**
 * PostgreSQL identifiers ({@code "quoted"} unless plain lower case and no keyword), {@code $n} bind markers,
 * row-value keyset predicates and the standard {@code NULLS FIRST/LAST}.
 */
final class PostgresSqlSyntax implements SqlSyntax {
    @Override
    public String identifier(String name) {
        return PostgresKeywords.IDENTIFIERS.identifier(name);
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
