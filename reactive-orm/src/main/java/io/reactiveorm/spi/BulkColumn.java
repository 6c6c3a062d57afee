package io.reactiveorm.spi;

/**
 * One column of a bulk load.
 *
 * @param name the column name as it must appear in SQL (already quoted where needed)
 * @param kind the attribute's value kind, which decides the row value's driver form (see {@link BulkTable})
 * @param type the Java type a NULL of this column is bound as
 * @since 0.1
 */
public record BulkColumn(String name, ValueKind kind, Class<?> type) {
}
