package io.reactiveorm.spi;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The plain-SQL differences between databases: identifiers, bind markers and row limits.
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
     * Renders an insert-or-update by primary key. The default is {@code INSERT .. ON CONFLICT (id) DO UPDATE SET
     * c = EXCLUDED.c} (PostgreSQL, SQLite).
     *
     * @param table the table
     * @param columns the columns, the id first
     * @param values the value expressions (markers), one per column
     * @return the statement
     */
    default String upsert(String table, List<String> columns, List<String> values) {
        StringBuilder sets = new StringBuilder();
        for (int i = 1; i < columns.size(); i++) {
            sets.append(i > 1 ? ", " : "").append(columns.get(i)).append(" = EXCLUDED.").append(columns.get(i));
        }
        String insert = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES (" + String.join(", ", values) + ")";
        return insert + " ON CONFLICT (" + columns.get(0) + ") DO " + (sets.length() == 0 ? "NOTHING" : "UPDATE SET " + sets);
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
