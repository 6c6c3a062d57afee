package io.reactiveorm.internal.plan;

import io.reactiveorm.Filter;
import io.reactiveorm.InvalidQueryException;
import io.reactiveorm.JsonEncoding;
import io.reactiveorm.Sort;
import io.reactiveorm.internal.mapping.EntityReader;
import io.reactiveorm.internal.mapping.KeyedRowReader;
import io.reactiveorm.internal.mapping.ListReader;
import io.reactiveorm.internal.mapping.ValueReader;
import io.reactiveorm.internal.mapping.ValueReaders;
import io.reactiveorm.internal.model.Attribute;
import io.reactiveorm.internal.model.CountAttribute;
import io.reactiveorm.internal.model.EntityModel;
import io.reactiveorm.internal.model.EntityModels;
import io.reactiveorm.internal.model.Relation;
import io.reactiveorm.internal.model.RelationKind;
import io.reactiveorm.spi.CollectionQuery;
import io.reactiveorm.spi.Dialect;
import io.reactiveorm.spi.OrderTerm;
import io.reactiveorm.spi.ValueKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Renders one planned query into a single SQL statement for a dialect, and builds the reader of its rows. Each
 * included relation becomes a correlated scalar subquery in the SELECT list; aliases are {@code t0, t1, ..} in
 * tree order, so the text is deterministic. One instance compiles one query.
 */
final class SqlCompiler {
    private final Dialect dialect;
    private final JsonEncoding encoding;
    private final EntityModels models;
    private final List<Bind> binds = new ArrayList<>();
    private int aliases;

    SqlCompiler(Dialect dialect, JsonEncoding encoding, EntityModels models) {
        this.dialect = dialect;
        this.encoding = encoding;
        this.models = models;
    }

    CompiledQuery select(PlanNode root, @Nullable Filter filter, List<Sort> order, @Nullable Integer limit, boolean offset) {
        String t0 = alias();
        List<ValueReader> readers = new ArrayList<>();
        String json = entityJson(root, t0, readers);
        RootScope scope = new RootScope(root.entity(), t0);
        String where = filter == null ? "" : "\nWHERE " + rootFilter(filter, scope);
        List<OrderTerm> orderBy = new ArrayList<>();
        boolean hasId = false;
        for (Sort sort : order) {
            Scope.Column column = scope.column(sort.path());
            hasId |= column.sql().equals(t0 + "." + id(root.entity().id().column()));
            boolean nullable = column.attribute() != root.entity().id() && (column.attribute().nullable() || sort.path().contains("."));
            orderBy.addAll(terms(column.sql(), column.attribute(), sort.descending(), nullable, sort.nulls() == Sort.Nulls.LAST));
        }
        if (!hasId) {
            orderBy.add(new OrderTerm(t0 + "." + id(root.entity().id().column()), false));
        }
        String sql = "SELECT " + json + " AS j"
                + "\nFROM " + table(root.entity()) + " " + t0 + scope.joins()
                + where
                + "\nORDER BY " + orderSql(orderBy)
                + dialect.sql().limitOffset(limit, offset ? marker(new Bind.Offset()) : null);
        return new CompiledQuery(root.entity().name(), sql, binds, readers.get(0));
    }

    /**
     * A keyset page: the root JSON wrapped as {@code [root, key0, key1, ..]} so the sort-key values travel with
     * the row whatever the include tree selects; ORDER BY in the direction of travel with explicit NULL placement
     * for nullable keys; the keyset predicate after the root filter; a literal LIMIT.
     */
    PageQuery page(PlanNode root, @Nullable Filter filter, List<Sort> order, int fetch, boolean backwards,
                   @Nullable List<Boolean> cursorNulls) {
        String t0 = alias();
        List<ValueReader> readers = new ArrayList<>();
        String json = entityJson(root, t0, readers);
        RootScope scope = new RootScope(root.entity(), t0);
        String rootFilter = filter == null ? null : rootFilter(filter, scope);
        Attribute idAttribute = root.entity().id();
        List<Sort> sorts = new ArrayList<>(order);
        if (sorts.stream().noneMatch(s -> s.path().equals(idAttribute.name()))) {
            sorts.add(Sort.asc(idAttribute.name()));
        }
        List<SortKey> keys = new ArrayList<>();
        List<Scope.Column> columns = new ArrayList<>();
        List<String> values = new ArrayList<>();
        values.add(json);
        ValueReader[] keyReaders = new ValueReader[sorts.size()];
        for (Sort sort : sorts) {
            Scope.Column column = scope.column(sort.path());
            Attribute attribute = column.attribute();
            if (attribute.kind() == ValueKind.JSON) {
                throw new InvalidQueryException(column.where() + ": cannot page by a JSON attribute");
            }
            boolean nullable = attribute != idAttribute && (attribute.nullable() || sort.path().contains("."));
            keyReaders[keys.size()] = ValueReaders.of(attribute.kind(), attribute.type(), dialect.capabilities().binaryText());
            keys.add(new SortKey(sort.path(), attribute, sort.descending(), nullable, sort.nulls() == Sort.Nulls.LAST));
            columns.add(column);
            values.add(dialect.json().value(column.sql(), attribute.kind()));
        }
        List<String> where = new ArrayList<>();
        if (rootFilter != null) {
            where.add(rootFilter);
        }
        List<KeysetPredicate.Key> travel = new ArrayList<>();
        List<OrderTerm> orderBy = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            SortKey key = keys.get(i);
            boolean descending = key.descending() != backwards;
            boolean nullsLast = key.nullsLast() != backwards;
            String sortKey = dialect.sql().sortKey(columns.get(i).sql(), key.attribute().kind());
            orderBy.addAll(terms(columns.get(i).sql(), key.attribute(), descending, key.nullable(), nullsLast));
            travel.add(new KeysetPredicate.Key(sortKey, descending, key.nullable(), nullsLast,
                    cursorNulls != null && cursorNulls.get(i)));
        }
        if (cursorNulls != null) {
            where.add(KeysetPredicate.render(travel, dialect.sql().rowValueSeek(), index ->
                    marker(new Bind.CursorValue(index, keys.get(index).attribute(), columns.get(index).where()))));
        }
        String whereSql = where.isEmpty() ? "" : "WHERE " + String.join(" AND ", where);
        String orderSql = "ORDER BY " + orderSql(orderBy);
        String from;
        if (scope.joins().isEmpty()) {
            // Pick the page's rows first, then build JSON for those rows only: engines such as H2 evaluate the
            // select list's subqueries for every row before sorting and limiting.
            from = "\nFROM (SELECT " + t0 + ".* FROM " + table(root.entity()) + " " + t0 + (whereSql.isEmpty() ? "" : " " + whereSql)
                    + " " + orderSql + dialect.sql().limitOffset(fetch, null) + ") " + t0 + "\n" + orderSql;
        } else {
            from = "\nFROM " + table(root.entity()) + " " + t0 + scope.joins() + (whereSql.isEmpty() ? "" : "\n" + whereSql)
                    + "\n" + orderSql + dialect.sql().limitOffset(fetch, null);
        }
        String sql = "SELECT " + dialect.json().array(values) + " AS j" + from;
        ValueReader reader = new KeyedRowReader(readers.get(0), keyReaders);
        return new PageQuery(new CompiledQuery(root.entity().name(), sql, binds, reader), keys);
    }

    CompiledQuery count(EntityModel root, @Nullable Filter filter) {
        String t0 = alias();
        RootScope scope = new RootScope(root, t0);
        String where = filter == null ? "" : "\nWHERE " + rootFilter(filter, scope);
        String sql = "SELECT count(*)\nFROM " + table(root) + " " + t0 + scope.joins() + where;
        return new CompiledQuery(root.name(), sql, binds, null);
    }

    private String rootFilter(Filter filter, RootScope scope) {
        int[] index = {0};
        return FilterCompiler.render(filter, scope, (value, column) -> {
            Bind.RootValue bind = new Bind.RootValue(index[0]++, column.attribute(), column.where());
            BindValues.convert(value, column.attribute(), column.where());
            return marker(bind);
        }, dialect.capabilities().maxBindParameters());
    }

    /** Renders the JSON of one entity node and adds its reader to {@code readers}. */
    private String entityJson(PlanNode node, String alias, List<ValueReader> readers) {
        EntityModel entity = node.entity();
        int size = node.columns().size() + node.children().size() + node.counts().size();
        List<String> values = new ArrayList<>(size);
        int[] slots = new int[size];
        ValueReader[] elementReaders = new ValueReader[size];
        int i = 0;
        for (Attribute column : node.columns()) {
            values.add(dialect.json().value(alias + "." + id(column.column()), column.kind()));
            slots[i] = column.slot();
            elementReaders[i++] = ValueReaders.of(column.kind(), column.type(), dialect.capabilities().binaryText());
        }
        for (PlanNode.Child child : node.children()) {
            List<ValueReader> childReader = new ArrayList<>();
            values.add(relationJson(child, entity, alias, childReader));
            slots[i] = child.relation().slot();
            elementReaders[i++] = child.relation().kind().toMany() ? new ListReader(childReader.get(0)) : childReader.get(0);
        }
        for (CountAttribute count : node.counts()) {
            values.add(countSql(entity, count, alias));
            slots[i] = count.slot();
            elementReaders[i++] = ValueReaders.of(ValueKind.LONG, Long.class, dialect.capabilities().binaryText());
        }
        readers.add(new EntityReader(entity.name(), entity.factory(), slots, elementReaders));
        if (encoding == JsonEncoding.ARRAYS) {
            return dialect.json().array(values);
        }
        List<String> keys = new ArrayList<>(size);
        for (int k = 0; k < size; k++) {
            keys.add(Integer.toString(k, 36));
        }
        return dialect.json().object(keys, values);
    }

    private String relationJson(PlanNode.Child child, EntityModel parent, String parentAlias, List<ValueReader> readers) {
        Relation relation = child.relation();
        PlanNode node = child.node();
        String alias = alias();
        String element = entityJson(node, alias, readers);
        String from = table(node.entity()) + " " + alias;
        String correlation = correlation(relation, parent, node.entity(), alias, parentAlias);
        if (relation.kind() == RelationKind.MANY_TO_MANY) {
            String join = "j" + alias.substring(1);
            from += " JOIN " + id(relation.joinTable()) + " " + join + " ON " + join + "." + id(relation.inverseJoinColumn())
                    + " = " + alias + "." + id(node.entity().id().column());
        }
        String where = correlation;
        if (node.filter() != null) {
            Scope scope = new EntityScope(node.entity(), alias);
            where += " AND " + FilterCompiler.render(node.filter(), scope, (value, column) ->
                    marker(new Bind.Constant(BindValues.convert(value, column.attribute(), column.where()))),
                    dialect.capabilities().maxBindParameters());
        }
        List<OrderTerm> order = new ArrayList<>();
        for (Sort sort : node.order()) {
            Attribute attribute = node.entity().attribute(sort.path()).orElseThrow();
            order.addAll(terms(alias + "." + id(attribute.column()), attribute, sort.descending(),
                    attribute != node.entity().id() && attribute.nullable(), sort.nulls() == Sort.Nulls.LAST));
        }
        if (!relation.kind().toMany()) {
            String limit = relation.kind() == RelationKind.HAS_ONE ? dialect.sql().limitOffset(1, null) : "";
            String orderBy = relation.kind() == RelationKind.HAS_ONE ? " ORDER BY " + orderSql(order) : "";
            return dialect.json().nested("(SELECT " + element + " FROM " + from + " WHERE " + where + orderBy + limit + ")");
        }
        String idSql = alias + "." + id(node.entity().id().column());
        return dialect.json().collection(new CollectionQuery(element, from, where, order, node.limit(), idSql));
    }

    private String correlation(Relation relation, EntityModel parent, EntityModel target, String alias, String parentAlias) {
        return switch (relation.kind()) {
            case BELONGS_TO -> alias + "." + id(target.id().column()) + " = " + parentAlias + "." + id(relation.foreignKey());
            case HAS_ONE, HAS_MANY -> alias + "." + id(relation.foreignKey()) + " = " + parentAlias + "." + id(parent.id().column());
            case MANY_TO_MANY -> "j" + alias.substring(1) + "." + id(relation.joinColumn()) + " = " + parentAlias + "."
                    + id(parent.id().column());
        };
    }

    /**
     * The ORDER BY terms of one sort key: ordered by the dialect's sort key of its kind, with the NULL placement
     * made explicit when the key may be NULL (one rule on every database, see {@link Sort}).
     */
    private List<OrderTerm> terms(String column, Attribute attribute, boolean descending, boolean nullable, boolean nullsLast) {
        String key = dialect.sql().sortKey(column, attribute.kind());
        if (!nullable) {
            return List.of(new OrderTerm(key, descending));
        }
        return dialect.sql().nullsOrdered(new OrderTerm(key, descending, nullsLast ? OrderTerm.Nulls.LAST : OrderTerm.Nulls.FIRST));
    }

    private static String orderSql(List<OrderTerm> order) {
        List<String> terms = new ArrayList<>();
        for (OrderTerm term : order) {
            terms.add(term.sql());
        }
        return String.join(", ", terms);
    }

    private String countSql(EntityModel entity, CountAttribute count, String alias) {
        Relation relation = entity.relation(count.relation()).orElseThrow();
        String c = "c" + alias().substring(1);
        if (relation.kind() == RelationKind.MANY_TO_MANY) {
            return "(SELECT count(*) FROM " + id(relation.joinTable()) + " " + c + " WHERE " + c + "." + id(relation.joinColumn())
                    + " = " + alias + "." + id(entity.id().column()) + ")";
        }
        return "(SELECT count(*) FROM " + table(models.get(relation.target())) + " " + c + " WHERE " + c + "."
                + id(relation.foreignKey()) + " = " + alias + "." + id(entity.id().column()) + ")";
    }

    private String marker(Bind bind) {
        binds.add(bind);
        return dialect.sql().bindMarker(binds.size() - 1);
    }

    private String alias() {
        return "t" + aliases++;
    }

    private String table(EntityModel entity) {
        return id(entity.table());
    }

    private String id(@Nullable String name) {
        return dialect.sql().identifier(name == null ? "" : name);
    }

    /** Resolves an included entity's own attributes. */
    private final class EntityScope implements Scope {
        private final EntityModel entity;
        private final String alias;

        EntityScope(EntityModel entity, String alias) {
            this.entity = entity;
            this.alias = alias;
        }

        @Override
        public Column column(String path) {
            Attribute attribute = entity.attribute(path).orElseThrow(() -> new InvalidQueryException(entity.name()
                    + ": cannot filter on '" + path + "': no such attribute (attributes: " + entity.attributeNames() + ")"));
            return new Column(alias + "." + id(attribute.column()), attribute, entity.name() + "." + path);
        }
    }

    /** Resolves root paths, joining to-one relations ({@code author.lastname}) with LEFT JOINs as needed. */
    private final class RootScope implements Scope {
        private final EntityModel root;
        private final String alias;
        private final Map<String, String> joinAliases = new LinkedHashMap<>();
        private final StringBuilder joins = new StringBuilder();

        RootScope(EntityModel root, String alias) {
            this.root = root;
            this.alias = alias;
        }

        String joins() {
            return joins.toString();
        }

        @Override
        public Column column(String path) {
            String[] parts = path.split("\\.", -1);
            EntityModel entity = root;
            String current = alias;
            String walked = "";
            for (int p = 0; p < parts.length - 1; p++) {
                String name = parts[p];
                EntityModel owner = entity;
                Relation relation = owner.relation(name).orElseThrow(() -> new InvalidQueryException(root.name() + "." + path
                        + ": '" + name + "' is not a relation of " + owner.name() + " (relations: " + owner.relationNames() + ")"));
                if (relation.kind().toMany()) {
                    throw new InvalidQueryException(root.name() + "." + path + ": '" + name + "' is a to-many relation; "
                            + "paths may only follow to-one relations (filter inside the include tree instead)");
                }
                EntityModel target = models.get(relation.target());
                walked = walked.isEmpty() ? name : walked + "." + name;
                String parentAlias = current;
                String joinAlias = joinAliases.get(walked);
                if (joinAlias == null) {
                    joinAlias = "p" + (joinAliases.size() + 1);
                    joinAliases.put(walked, joinAlias);
                    String on = relation.kind() == RelationKind.BELONGS_TO
                            ? joinAlias + "." + id(target.id().column()) + " = " + parentAlias + "." + id(relation.foreignKey())
                            : joinAlias + "." + id(relation.foreignKey()) + " = " + parentAlias + "." + id(owner.id().column());
                    joins.append("\nLEFT JOIN ").append(table(target)).append(' ').append(joinAlias).append(" ON ").append(on);
                }
                current = joinAlias;
                entity = target;
            }
            String name = parts[parts.length - 1];
            EntityModel owner = entity;
            Attribute attribute = owner.attribute(name).orElseThrow(() -> new InvalidQueryException(root.name() + "." + path
                    + ": '" + name + "' is not an attribute of " + owner.name() + " (attributes: " + owner.attributeNames() + ")"));
            return new Column(current + "." + id(attribute.column()), attribute, root.name() + "." + path);
        }
    }
}
