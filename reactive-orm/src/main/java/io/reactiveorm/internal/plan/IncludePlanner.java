package io.reactiveorm.internal.plan;

import io.reactiveorm.IncludeLimits;
import io.reactiveorm.IncludeTree;
import io.reactiveorm.InvalidQueryException;
import io.reactiveorm.Sort;
import io.reactiveorm.internal.model.Attribute;
import io.reactiveorm.internal.model.CountAttribute;
import io.reactiveorm.internal.model.EntityModel;
import io.reactiveorm.internal.model.EntityModels;
import io.reactiveorm.internal.model.Relation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Checks an include tree against the model and the limits, and turns it into {@link PlanNode}s. Pure. */
final class IncludePlanner {
    private final EntityModels models;
    private final IncludeLimits limits;

    IncludePlanner(EntityModels models, IncludeLimits limits) {
        this.models = models;
        this.limits = limits;
    }

    PlanNode plan(EntityModel root, IncludeTree tree) {
        if (tree.filter() != null || tree.limit() != null || !tree.orderBy().isEmpty()) {
            throw new InvalidQueryException(root.name() + ": the root include tree takes no filter, order or limit; "
                    + "use where(), orderBy() and limit() on the query");
        }
        return node(root, tree, 0, root.name());
    }

    /**
     * Checks the size of a tree without recursion, before anything hashes or walks it recursively: a tree built
     * in code may nest arbitrarily deep.
     */
    static void checkSize(EntityModel root, IncludeTree tree, IncludeLimits limits) {
        int nodes = tree.nodeCount();
        if (nodes > limits.maxNodes()) {
            throw new InvalidQueryException(root.name() + ": include tree has " + nodes
                    + " relation nodes, more than the limit of " + limits.maxNodes());
        }
        int depth = tree.depth();
        if (depth > limits.maxDepth()) {
            throw new InvalidQueryException(root.name() + ": include tree nests " + depth
                    + " deep, deeper than the limit of " + limits.maxDepth());
        }
    }

    private PlanNode node(EntityModel entity, IncludeTree tree, int depth, String path) {
        if (depth > limits.maxDepth()) {
            throw new InvalidQueryException(path + ": include tree is deeper than the limit of " + limits.maxDepth());
        }
        Map<String, IncludeTree> includes = new LinkedHashMap<>();
        List<Attribute> columns = new ArrayList<>();
        columns.add(entity.id());
        // Always loaded: the id and the version, which writes need, and primitives, which cannot read as null
        // (null is how an attribute left out of the tree reads, and what update() leaves alone).
        entity.attributes().stream().filter(a -> a != entity.id()
                && (tree.fields().isEmpty() || a == entity.version() || a.type().isPrimitive())).forEach(columns::add);
        for (String field : tree.fields()) {
            var attribute = entity.attribute(field);
            if (attribute.isPresent()) {
                if (!columns.contains(attribute.get())) {
                    columns.add(attribute.get());
                }
            } else if (entity.relation(field).isPresent()) {
                includes.putIfAbsent(field, IncludeTree.ALL_FIELDS);
            } else {
                throw unknown(entity, path, field);
            }
        }
        for (IncludeTree.Include include : tree.includes()) {
            if (includes.containsKey(include.relation()) && includes.get(include.relation()) != IncludeTree.ALL_FIELDS) {
                throw new InvalidQueryException(path + ": relation '" + include.relation() + "' is included twice");
            }
            includes.put(include.relation(), include.tree());
        }
        List<PlanNode.Child> children = new ArrayList<>();
        for (Map.Entry<String, IncludeTree> include : includes.entrySet()) {
            Relation relation = entity.relation(include.getKey()).orElseThrow(() -> unknown(entity, path, include.getKey()));
            IncludeTree child = include.getValue();
            String childPath = path + "." + relation.name();
            EntityModel target = models.get(relation.target());
            if (!relation.kind().toMany() && (child.limit() != null || !child.orderBy().isEmpty())) {
                throw new InvalidQueryException(childPath + ": limit and orderBy apply to to-many relations only");
            }
            if (child.limit() != null && child.limit() > limits.maxLimit()) {
                throw new InvalidQueryException(childPath + ": limit " + child.limit() + " is above the maximum of " + limits.maxLimit());
            }
            PlanNode node = node(target, child, depth + 1, childPath);
            children.add(new PlanNode.Child(relation, node));
        }
        List<CountAttribute> counts = new ArrayList<>();
        for (String relation : tree.counts()) {
            CountAttribute count = entity.countOf(relation).orElseThrow(() -> new InvalidQueryException(path
                    + ": cannot count '" + relation + "': no @Count(\"" + relation + "\") attribute on " + entity.name()
                    + " (relations: " + entity.relationNames() + ")"));
            if (!counts.contains(count)) {
                counts.add(count);
            }
        }
        List<Sort> order = new ArrayList<>();
        for (Sort sort : tree.orderBy()) {
            if (entity.attribute(sort.path()).isEmpty()) {
                throw new InvalidQueryException(path + ": cannot order by '" + sort.path() + "': " + entity.name()
                        + " has no such attribute (attributes: " + entity.attributeNames() + ")");
            }
            order.add(sort);
        }
        if (order.stream().noneMatch(s -> s.path().equals(entity.id().name()))) {
            order.add(Sort.asc(entity.id().name()));
        }
        return new PlanNode(entity, columns, children, counts, tree.filter(), order, tree.limit());
    }

    private static InvalidQueryException unknown(EntityModel entity, String path, String name) {
        return new InvalidQueryException(path + ": unknown field '" + name + "' on " + entity.name() + " (attributes: "
                + entity.attributeNames() + "; relations: " + entity.relationNames() + ")");
    }
}
