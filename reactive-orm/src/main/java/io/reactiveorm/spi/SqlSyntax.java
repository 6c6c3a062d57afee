package io.reactiveorm.spi;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The plain-SQL differences between databases: identifiers, bind markers, row limits and inserts with conflict
 * handling.
 *
 * @since 0.1
 */
public interface SqlSyntax {

    /**
     * Renders a table or column name. It must not miss a keyword: a bare {@code current_date} is a function on
     * PostgreSQL, so {@code WHERE current_date = $1} would match every row. The dialects quote every name that is
     * not plain lower case or is any keyword of their database, reserved or not ({@link Identifiers}).
     *
     * @param name a table or column name
     * @return the name as it must appear in SQL
     */
    String identifier(String name);

    /**
     * The column name as this database's driver takes it in {@code Statement.returnGeneratedValues}. Drivers that
     * append it to a {@code RETURNING} clause as given (r2dbc-postgresql, r2dbc-mysql on MariaDB, the SQLite
     * bridge) need it quoted like any identifier, which is the default; a driver that looks the column up by name
     * needs it as declared.
     *
     * @param column the generated column's name
     * @return the name to pass to {@code returnGeneratedValues}
     */
    default String generatedColumn(String column) {
        return identifier(column);
    }

    /**
     * @param index the zero-based parameter index
     * @return the bind marker, e.g. {@code $1} or {@code ?}
     */
    String bindMarker(int index);

    /**
     * @param limit the most rows, rendered as a literal (limits are validated integers and part of the query shape)
     * @param offsetMarker the bind marker of the offset, or null for none
     * @return the clause with a leading space, or an empty string
     */
    default String limitOffset(@Nullable Integer limit, @Nullable String offsetMarker) {
        String out = limit == null ? "" : " LIMIT " + limit;
        return offsetMarker == null ? out : out + " OFFSET " + offsetMarker;
    }

    /**
     * @param marker the bind marker of a JSON text value
     * @return the SQL that stores it in a JSON column, e.g. {@code CAST($1 AS jsonb)}
     */
    default String jsonParameter(String marker) {
        return marker;
    }

    /**
     * Renders an insert of one or more rows and what it does with a row whose id exists: the one statement behind
     * an entity insert ({@link BulkConflict#ERROR}), an upsert ({@link BulkConflict#UPDATE}) and each multi-row
     * statement of a bulk load. The default renders {@code INSERT INTO t (..) VALUES (..), (..)}, followed by
     * {@code ON CONFLICT (id) DO NOTHING} or {@code DO UPDATE SET c = EXCLUDED.c} (PostgreSQL, SQLite).
     *
     * @param table the table
     * @param columns the column names, in row-value order
     * @param rows one parenthesised list of value expressions per row, e.g. {@code ($1, $2)}
     * @param conflict {@link BulkConflict#ERROR} for a plain insert; {@link BulkConflict#SKIP} keeps the existing
     *     row; {@link BulkConflict#UPDATE} sets every other column (the row is kept when there is none)
     * @param id the id column, one of {@code columns}; null only for {@link BulkConflict#ERROR}
     * @return the statement
     */
    default String insert(String table, List<String> columns, List<String> rows, BulkConflict conflict,
            @Nullable String id) {
        String insert = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES " + String.join(", ", rows);
        if (conflict == BulkConflict.ERROR) {
            return insert;
        }
        StringBuilder sets = new StringBuilder();
        for (String c : columns) {
            if (!c.equals(id)) {
                sets.append(sets.length() == 0 ? "" : ", ").append(c).append(" = EXCLUDED.").append(c);
            }
        }
        boolean update = conflict == BulkConflict.UPDATE && sets.length() > 0;
        return insert + " ON CONFLICT (" + id + ") DO " + (update ? "UPDATE SET " + sets : "NOTHING");
    }

    /**
     * Whether the planner seeks a composite index for a row-value comparison such as {@code (a, id) > ($1, $2)}.
     * Keyset pages use that form only when this is true, every sort key is non-null and all directions are equal;
     * otherwise (and by default) they use the expanded form {@code a >= ? AND (a > ? OR (a = ? AND id > ?))},
     * which seeks on every engine measured.
     *
     * @return true where the row value is the faster predicate (PostgreSQL)
     */
    default boolean rowValueSeek() {
        return false;
    }

    /**
     * Renders an ORDER BY term with an explicit NULL placement ({@link OrderTerm#nulls()} is FIRST or LAST) as the
     * terms this database understands. The core says where NULLs go on every nullable key (of roots, includes and
     * keyset pages; see {@link io.reactiveorm.Sort}), so results never depend on a database's own NULL order. The
     * default keeps the term, rendered with the SQL standard {@code NULLS FIRST/LAST} (PostgreSQL, H2, SQLite
     * 3.30+); a database without it returns an {@code IS NULL} key in front, e.g. MariaDB {@code a IS NULL, a} for
     * NULLS LAST.
     *
     * @param term the expression, direction and NULL placement
     * @return the ORDER BY terms, in order
     */
    default List<OrderTerm> nullsOrdered(OrderTerm term) {
        return List.of(term);
    }

    /**
     * The expression to sort and compare values of a kind by, where the stored form does not sort like the value
     * (e.g. SQLite keeps decimals and instants as text). It is used in every ORDER BY and keyset comparison.
     *
     * @param expression a column expression
     * @param kind the attribute's value kind
     * @return the expression to order by, the column itself by default
     */
    default String sortKey(String expression, ValueKind kind) {
        return expression;
    }
}
