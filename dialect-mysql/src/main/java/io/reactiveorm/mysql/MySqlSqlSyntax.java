package io.reactiveorm.mysql;

import io.reactiveorm.spi.OrderTerm;
import io.reactiveorm.spi.SqlSyntax;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * MySQL/MariaDB identifiers ({@code `quoted`} unless plain lower case and no keyword), {@code ?} bind markers, and
 * {@code LIMIT .. OFFSET} (an offset needs a limit, so the largest one stands in when there is none).
 */
final class MySqlSqlSyntax implements SqlSyntax {
    /** The largest row count MySQL and MariaDB accept in LIMIT (2^64 - 1), their documented "no limit". */
    static final String NO_LIMIT = "18446744073709551615";

    @Override
    public String identifier(String name) {
        return MySqlKeywords.IDENTIFIERS.identifier(name);
    }

    /** MariaDB and MySQL have no {@code NULLS FIRST/LAST}: an {@code IS NULL} key in front places the NULLs. */
    @Override
    public List<OrderTerm> nullsOrdered(OrderTerm term) {
        boolean nullsFirst = term.nulls() == OrderTerm.Nulls.FIRST;
        return List.of(new OrderTerm(term.expression() + " IS NULL", nullsFirst),
                new OrderTerm(term.expression(), term.descending()));
    }

    /** {@code INSERT .. ON DUPLICATE KEY UPDATE c = VALUES(c)}. */
    @Override
    public String upsert(String table, java.util.List<String> columns, java.util.List<String> values) {
        StringBuilder sets = new StringBuilder();
        for (int i = 1; i < columns.size(); i++) {
            sets.append(i > 1 ? ", " : "").append(columns.get(i)).append(" = VALUES(").append(columns.get(i)).append(')');
        }
        String update = sets.length() == 0 ? columns.get(0) + " = " + columns.get(0) : sets.toString();
        return "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES (" + String.join(", ", values)
                + ") ON DUPLICATE KEY UPDATE " + update;
    }

    @Override
    public String bindMarker(int index) {
        return "?";
    }

    @Override
    public String limitOffset(@Nullable Integer limit, @Nullable String offsetMarker) {
        if (offsetMarker == null) {
            return limit == null ? "" : " LIMIT " + limit;
        }
        return " LIMIT " + (limit == null ? NO_LIMIT : limit.toString()) + " OFFSET " + offsetMarker;
    }
}
