package io.reactiveorm.internal.model;

import io.reactiveorm.spi.ValueKind;

/**
 * A column-backed attribute.
 *
 * @param name the Java name
 * @param column the column name
 * @param type the Java type
 * @param kind how the value is encoded
 * @param slot the attribute's position in the entity's value array
 * @param nullable whether the column may hold NULL (false for primitives, the id and {@code @Column(nullable = false)})
 */
public record Attribute(String name, String column, Class<?> type, ValueKind kind, int slot, boolean nullable) {

    /**
     * An attribute that is nullable unless its type is primitive.
     *
     * @param name the Java name
     * @param column the column name
     * @param type the Java type
     * @param kind how the value is encoded
     * @param slot the attribute's position in the entity's value array
     */
    public Attribute(String name, String column, Class<?> type, ValueKind kind, int slot) {
        this(name, column, type, kind, slot, !type.isPrimitive());
    }
}
