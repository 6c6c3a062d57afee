package io.reactiveorm.internal.model;

/**
 * An attribute that receives the size of a to-many relation.
 *
 * @param name the Java name
 * @param relation the counted relation's name
 * @param slot the position in the entity's value array
 */
public record CountAttribute(String name, String relation, int slot) {
}
