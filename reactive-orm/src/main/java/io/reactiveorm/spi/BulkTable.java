package io.reactiveorm.spi;

import java.util.List;
import java.util.Objects;

/**
 * The target of a bulk load. Row values arrive as {@code Object[]} in column order, in the form drivers bind:
 * {@code null} for NULL, enums as their name, {@code byte[]} as a {@link java.nio.ByteBuffer}, JSON as its text, every
 * other kind as the attribute's own Java value (boxed).
 *
 * @param entity the entity name, for messages
 * @param name the table name as it must appear in SQL
 * @param columns the columns, in row-value order
 * @param idIndex the position of the id column in {@code columns}, or -1 when the database generates ids
 * @since 0.1
 */
public record BulkTable(String entity, String name, List<BulkColumn> columns, int idIndex) {

    /** Copies the columns. */
    public BulkTable {
        Objects.requireNonNull(entity, "entity must not be null");
        Objects.requireNonNull(name, "name must not be null");
        columns = List.copyOf(columns);
    }

    /** @return the column names, comma-separated, for a column list */
    public String columnList() {
        StringBuilder out = new StringBuilder();
        for (BulkColumn c : columns) {
            out.append(out.length() == 0 ? "" : ", ").append(c.name());
        }
        return out.toString();
    }
}
