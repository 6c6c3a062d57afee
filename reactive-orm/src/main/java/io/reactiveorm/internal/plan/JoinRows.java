package io.reactiveorm.internal.plan;

import io.reactiveorm.InvalidQueryException;
import io.reactiveorm.internal.model.EntityModel;
import io.reactiveorm.internal.model.Relation;
import io.reactiveorm.internal.model.RelationKind;
import io.reactiveorm.spi.Dialect;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Renders the writes of a {@code @ManyToMany} join table: inserting and deleting (owner id, target id) pairs. The
 * join table needs no id of its own; it is never an entity.
 */
public final class JoinRows {
    private final Dialect dialect;
    private final WriteValues writeValues;

    /** @param dialect the dialect to render for */
    public JoinRows(Dialect dialect) {
        this.dialect = dialect;
        this.writeValues = new WriteValues(dialect);
    }

    /**
     * @param owner the owning entity's model
     * @param name the relation's name
     * @return the relation
     * @throws InvalidQueryException if it is not a {@code @ManyToMany} of the owner
     */
    public static Relation manyToMany(EntityModel owner, String name) {
        Relation relation = owner.relation(name).orElseThrow(() -> new InvalidQueryException(owner.name() + ": no relation '"
                + name + "' (relations: " + owner.relationNames() + ")"));
        if (relation.kind() != RelationKind.MANY_TO_MANY) {
            throw new InvalidQueryException(owner.name() + "." + name + ": links are written for @ManyToMany relations only; "
                    + (relation.kind() == RelationKind.BELONGS_TO ? "set the related object and update " + owner.name()
                    : "write the " + relation.target().getSimpleName() + " rows themselves"));
        }
        return relation;
    }

    /**
     * @param owner the owning entity's model
     * @param relation its {@code @ManyToMany}
     * @param target the target's model
     * @param ownerEntity the owner
     * @param targets the targets (each with an id)
     * @return INSERT statements of one join row per target, within the bind parameter limit
     */
    public List<Dml> link(EntityModel owner, Relation relation, EntityModel target, Object ownerEntity, List<?> targets) {
        Object ownerId = id(owner, ownerEntity, owner.name() + "." + relation.name());
        List<Object> targetIds = ids(owner, relation, target, targets);
        int per = Math.max(1, dialect.capabilities().maxBindParameters() / 2);
        List<Dml> statements = new ArrayList<>();
        for (int from = 0; from < targetIds.size(); from += per) {
            List<Object> values = new ArrayList<>();
            List<String> rows = new ArrayList<>();
            for (Object targetId : targetIds.subList(from, Math.min(targetIds.size(), from + per))) {
                rows.add("(" + bindId(owner, ownerId, values) + ", " + bindId(target, targetId, values) + ")");
            }
            statements.add(new Dml(owner.name(), "INSERT INTO " + id(relation.joinTable()) + " (" + id(relation.joinColumn())
                    + ", " + id(relation.inverseJoinColumn()) + ") VALUES " + String.join(", ", rows), values.toArray()));
        }
        return statements;
    }

    /**
     * @param owner the owning entity's model
     * @param relation its {@code @ManyToMany}
     * @param target the target's model
     * @param ownerEntity the owner
     * @param targets the targets (each with an id)
     * @return DELETE statements of the join rows of these pairs, within the bind parameter limit
     */
    public List<Dml> unlink(EntityModel owner, Relation relation, EntityModel target, Object ownerEntity, List<?> targets) {
        Object ownerId = id(owner, ownerEntity, owner.name() + "." + relation.name());
        List<Object> targetIds = ids(owner, relation, target, targets);
        int per = Math.max(1, dialect.capabilities().maxBindParameters() - 1);
        List<Dml> statements = new ArrayList<>();
        for (int from = 0; from < targetIds.size(); from += per) {
            List<Object> values = new ArrayList<>();
            String where = id(relation.joinColumn()) + " = " + bindId(owner, ownerId, values);
            List<String> markers = new ArrayList<>();
            for (Object targetId : targetIds.subList(from, Math.min(targetIds.size(), from + per))) {
                markers.add(bindId(target, targetId, values));
            }
            statements.add(new Dml(owner.name(), "DELETE FROM " + id(relation.joinTable()) + " WHERE " + where + " AND "
                    + id(relation.inverseJoinColumn()) + " IN (" + String.join(", ", markers) + ")", values.toArray()));
        }
        return statements;
    }

    private static List<Object> ids(EntityModel owner, Relation relation, EntityModel target, List<?> targets) {
        Set<Object> ids = new LinkedHashSet<>();
        String where = owner.name() + "." + relation.name();
        for (Object t : targets) {
            Objects.requireNonNull(t, "targets must not contain null");
            if (!target.type().isInstance(t)) {
                throw new InvalidQueryException(where + ": links " + target.name() + " objects, not " + t.getClass().getSimpleName());
            }
            ids.add(id(target, t, where));
        }
        return List.copyOf(ids);
    }

    private static Object id(EntityModel model, Object entity, String where) {
        Object id = model.factory().values(entity)[model.id().slot()];
        if (id == null) {
            throw new InvalidQueryException(where + ": the " + model.name() + " has no id; insert it first");
        }
        return id;
    }

    private String bindId(EntityModel model, Object id, List<Object> values) {
        values.add(writeValues.driverValue(model.name(), model.id(), id));
        return dialect.sql().bindMarker(values.size() - 1);
    }

    private String id(String name) {
        return dialect.sql().identifier(Objects.requireNonNull(name));
    }
}
