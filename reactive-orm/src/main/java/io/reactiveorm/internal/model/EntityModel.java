package io.reactiveorm.internal.model;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The immutable metadata of one entity class.
 *
 * @param type the entity class
 * @param table the table name
 * @param id the id attribute (also in {@code attributes})
 * @param attributes the column attributes, in declaration order
 * @param relations the relation attributes
 * @param counts the relation count attributes
 * @param version the optimistic-lock version attribute (also in {@code attributes}), or null
 * @param factory builds instances from value arrays and reads value arrays from instances
 */
public record EntityModel(Class<?> type, String table, Attribute id, List<Attribute> attributes,
                          List<Relation> relations, List<CountAttribute> counts, @Nullable Attribute version,
                          EntityFactory factory) {

    /** Copies the lists. */
    public EntityModel {
        attributes = List.copyOf(attributes);
        relations = List.copyOf(relations);
        counts = List.copyOf(counts);
    }

    /** @return the simple class name, for messages */
    public String name() {
        return type.getSimpleName();
    }

    /** @param name an attribute name @return the column attribute */
    public Optional<Attribute> attribute(String name) {
        return attributes.stream().filter(a -> a.name().equals(name)).findFirst();
    }

    /** @param name a relation name @return the relation */
    public Optional<Relation> relation(String name) {
        return relations.stream().filter(r -> r.name().equals(name)).findFirst();
    }

    /** @param relation a relation name @return the count attribute receiving its size */
    public Optional<CountAttribute> countOf(String relation) {
        return counts.stream().filter(c -> c.relation().equals(relation)).findFirst();
    }

    /** @return the attribute names, for messages */
    public String attributeNames() {
        return attributes.stream().map(Attribute::name).collect(Collectors.joining(", "));
    }

    /** @return the relation names, for messages */
    public String relationNames() {
        return relations.isEmpty() ? "(none)" : relations.stream().map(Relation::name).collect(Collectors.joining(", "));
    }
}
