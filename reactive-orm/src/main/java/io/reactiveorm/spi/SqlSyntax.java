package io.reactiveorm.spi;

import org.jspecify.annotations.Nullable;

/**
 * The plain-SQL differences between databases: identifiers, bind markers and row limits.
 *
 * @since 0.1
 */
public interface SqlSyntax {

    /**
     * @param name a table or column name
     * @return the name as it must appear in SQL, quoted only where needed
     */
    String identifier(String name);

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
}
