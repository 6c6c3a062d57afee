package io.reactiveorm.mysql;

import io.reactiveorm.spi.BulkConflict;
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

    /**
     * {@code INSERT .. ON DUPLICATE KEY UPDATE c = VALUES(c)} for both conflict handlings: skipping assigns the id
     * to itself ({@code id = id}, also an update without other columns), so other errors such as NULL in a NOT NULL
     * column still fail, unlike {@code INSERT IGNORE}.
     */
    @Override
    public String insert(String table, List<String> columns, List<String> rows, BulkConflict conflict, @Nullable String id) {
        String insert = SqlSyntax.super.insert(table, columns, rows, BulkConflict.ERROR, id);
        if (conflict == BulkConflict.ERROR) {
            return insert;
        }
        StringBuilder sets = new StringBuilder();
        if (conflict == BulkConflict.UPDATE) {
            for (String c : columns) {
                if (!c.equals(id)) {
                    sets.append(sets.length() == 0 ? "" : ", ").append(c).append(" = VALUES(").append(c).append(')');
                }
            }
        }
        return insert + " ON DUPLICATE KEY UPDATE " + (sets.length() == 0 ? id + " = " + id : sets);
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
