package io.reactiveorm.internal.plan;

import io.reactiveorm.Filter;
import io.reactiveorm.Sort;
import io.reactiveorm.internal.model.Attribute;
import io.reactiveorm.internal.model.CountAttribute;
import io.reactiveorm.internal.model.EntityModel;
import io.reactiveorm.internal.model.Relation;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One validated node of an include tree: what to load of one entity. Its JSON elements are, in order, the
 * columns, the children and the counts.
 *
 * @param entity the entity
 * @param columns the selected column attributes, id first
 * @param children the included relations
 * @param counts the relation counts
 * @param filter the filter on this node's rows (null on the root, whose filter lives on the query)
 * @param order the order of this node's rows, ending with the id
 * @param limit the most rows per parent
 */
record PlanNode(EntityModel entity, List<Attribute> columns, List<Child> children, List<CountAttribute> counts,
                @Nullable Filter filter, List<Sort> order, @Nullable Integer limit) {

    /**
     * An included relation.
     *
     * @param relation the relation
     * @param node what to load of its target
     */
    record Child(Relation relation, PlanNode node) {
    }
}
