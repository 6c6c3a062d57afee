package io.reactiveorm.internal.model;

import java.util.ArrayList;
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
 * @param foreignKeys the foreign keys of the {@code @BelongsTo} relations
 */
public record EntityModel(Class<?> type, String table, Attribute id, List<Attribute> attributes,
                          List<Relation> relations, List<CountAttribute> counts, @Nullable Attribute version,
                          EntityFactory factory, List<ForeignKey> foreignKeys) {

    /** Copies the lists. */
    public EntityModel {
        attributes = List.copyOf(attributes);
        relations = List.copyOf(relations);
        counts = List.copyOf(counts);
        foreignKeys = List.copyOf(foreignKeys);
    }

    /**
     * @return the columns writes set: the column attributes, then the foreign keys of {@code @BelongsTo} relations
     *     that no attribute maps (their values are the related objects' ids, see {@link #writeValues})
     */
    public List<Attribute> writeColumns() {
        List<Attribute> columns = new ArrayList<>(attributes);
        foreignKeys.stream().filter(fk -> !fk.mapped()).forEach(fk -> columns.add(fk.column()));
        return columns;
    }

    /**
     * @param entity an instance
     * @return its values by slot, with each foreign key's slot holding the key: the entity's own attribute, else
     *     the related object's id, else null
     * @throws io.reactiveorm.InvalidQueryException if a related object has no id, or disagrees with the attribute
     */
    public Object[] writeValues(Object entity) {
        Object[] values = factory.values(entity);
        for (ForeignKey fk : foreignKeys) {
            fk.resolve(name(), values);
        }
        return values;
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
