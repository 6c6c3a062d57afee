package io.reactiveorm.internal.plan;

import io.reactiveorm.Filter;
import io.reactiveorm.InvalidQueryException;
import io.reactiveorm.internal.model.Attribute;
import io.reactiveorm.internal.model.EntityModel;
import io.reactiveorm.spi.BulkConflict;
import io.reactiveorm.spi.Dialect;
import io.reactiveorm.spi.ValueKind;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Renders INSERT, UPDATE, upsert and DELETE statements for entities, binding every value. */
public final class DmlCompiler {
    private final Dialect dialect;
    private final WriteValues writeValues;

    /** @param dialect the dialect to render for */
    public DmlCompiler(Dialect dialect) {
        this.dialect = dialect;
        this.writeValues = new WriteValues(dialect);
    }

    /**
     * @param model the entity
     * @param entity the row
     * @return its {@code INSERT INTO t (..) VALUES (..)}, as {@link #insertAll} renders it
     */
    public Dml insert(EntityModel model, Object entity) {
        return insertAll(model, List.of(entity)).get(0);
    }

    /**
     * Renders multi-row inserts, in row order, each within the dialect's bind parameter limit
     * ({@link io.reactiveorm.spi.Capabilities#maxBindParameters()}). Attributes that are null in every row are left
     * out of every statement, so the column defaults apply; a {@link io.reactiveorm.Version} attribute starts at 0.
     *
     * @param model the entity
     * @param entities the rows (all with an id, or all without one: then the database generates it)
     * @return {@code INSERT INTO t (..) VALUES (..), (..)} statements that together insert every row
     */
    public List<Dml> insertAll(EntityModel model, List<?> entities) {
        boolean withId = model.factory().values(entities.get(0))[model.id().slot()] != null;
        List<Object[]> rowValues = new ArrayList<>();
        entities.forEach(e -> rowValues.add(model.writeValues(e)));
        List<Attribute> columns = new ArrayList<>();
        for (Attribute a : model.writeColumns()) {
            boolean given = a == model.version() || rowValues.stream().anyMatch(r -> r[a.slot()] != null);
            if ((withId || a != model.id()) && given) {
                columns.add(a);
            }
        }
        if (columns.isEmpty()) {
            throw new InvalidQueryException(model.name() + ": nothing to insert (every attribute is null)");
        }
        int perStatement = Math.max(1, dialect.capabilities().maxBindParameters() / columns.size());
        List<Dml> statements = new ArrayList<>();
        for (int from = 0; from < rowValues.size(); from += perStatement) {
            List<Object[]> chunk = rowValues.subList(from, Math.min(rowValues.size(), from + perStatement));
            statements.add(insertRows(model, columns, chunk, withId));
        }
        return statements;
    }

    private Dml insertRows(EntityModel model, List<Attribute> columns, List<Object[]> rowValues, boolean withId) {
        List<Object> values = new ArrayList<>();
        List<String> rows = new ArrayList<>();
        for (Object[] slots : rowValues) {
            if ((slots[model.id().slot()] != null) != withId) {
                throw new InvalidQueryException(model.name() + ": insert either all rows with an id or none");
            }
            List<String> markers = new ArrayList<>();
            for (Attribute a : columns) {
                Object value = a == model.version() && slots[a.slot()] == null ? zero(a) : slots[a.slot()];
                markers.add(marker(model, a, value, values));
            }
            rows.add("(" + String.join(", ", markers) + ")");
        }
        List<String> names = new ArrayList<>();
        columns.forEach(a -> names.add(id(a.column())));
        String sql = dialect.sql().insert(id(model.table()), names, rows, BulkConflict.ERROR, null);
        return new Dml(model.name(), sql, values.toArray());
    }

    /**
     * Renders the update of one entity. Without {@code named} attributes it sets every non-null attribute (a null
     * one may not have been loaded, so its column keeps its value), and each {@code @BelongsTo} foreign key whose
     * related object (or key attribute) is present; with them it sets exactly those, nulls included.
     *
     * @param model the entity
     * @param entity the row, found by id (and by version, which is incremented, when the entity has one)
     * @param named the attributes (or {@code @BelongsTo} relations) to set, or empty for every non-null one
     * @return {@code UPDATE t SET .. WHERE id = ..}
     * @throws InvalidQueryException if a name is unknown, the id or version, or there is nothing to set
     */
    public Dml update(EntityModel model, Object entity, List<String> named) {
        Object[] slots = model.writeValues(entity);
        List<Object> values = new ArrayList<>();
        List<String> sets = new ArrayList<>();
        Attribute version = model.version();
        for (Attribute a : WriteColumns.chosen(model, slots, named)) {
            sets.add(id(a.column()) + " = " + marker(model, a, slots[a.slot()], values));
        }
        if (version != null) {
            sets.add(id(version.column()) + " = " + id(version.column()) + " + 1");
        }
        if (sets.isEmpty()) {
            throw new InvalidQueryException(model.name() + ": nothing to update (every attribute besides the id is null)");
        }
        return new Dml(model.name(), "UPDATE " + id(model.table()) + " SET " + String.join(", ", sets) + " WHERE "
                + byIdAndVersion(model, slots, values), values.toArray());
    }

    /**
     * Null attributes are left out, as in {@link #update}: an inserted row gets the column defaults, an updated
     * row keeps those columns.
     *
     * @param model the entity
     * @param entity the row, with its id
     * @return the dialect's insert-or-update by id
     */
    public Dml upsert(EntityModel model, Object entity) {
        Object[] slots = model.writeValues(entity);
        requireId(model, slots);
        List<Object> values = new ArrayList<>();
        List<String> columns = new ArrayList<>();
        List<String> markers = new ArrayList<>();
        columns.add(id(model.id().column()));
        markers.add(marker(model, model.id(), slots[model.id().slot()], values));
        for (Attribute a : model.writeColumns()) {
            if (a != model.id() && (a == model.version() || slots[a.slot()] != null)) {
                columns.add(id(a.column()));
                markers.add(marker(model, a, a == model.version() && slots[a.slot()] == null ? zero(a) : slots[a.slot()], values));
            }
        }
        List<String> row = List.of("(" + String.join(", ", markers) + ")");
        String sql = dialect.sql().insert(id(model.table()), columns, row, BulkConflict.UPDATE, columns.get(0));
        return new Dml(model.name(), sql, values.toArray());
    }

    /**
     * @param model the entity
     * @param entity the row, found by id (and version, when the entity has one)
     * @return {@code DELETE FROM t WHERE id = ..}
     */
    public Dml delete(EntityModel model, Object entity) {
        Object[] slots = model.factory().values(entity);
        List<Object> values = new ArrayList<>();
        return new Dml(model.name(), "DELETE FROM " + id(model.table()) + " WHERE " + byIdAndVersion(model, slots, values),
                values.toArray());
    }

    private String byIdAndVersion(EntityModel model, Object[] slots, List<Object> values) {
        String where = id(model.id().column()) + " = " + marker(model, model.id(), requireId(model, slots), values);
        Attribute version = model.version();
        if (version != null) {
            if (slots[version.slot()] == null) {
                throw new InvalidQueryException(model.name() + "." + version.name() + " is null: a write of a versioned "
                        + "entity needs the version it was loaded with (every query loads it)");
            }
            where += " AND " + id(version.column()) + " = " + marker(model, version, slots[version.slot()], values);
        }
        return where;
    }

    /**
     * @param model the entity
     * @param sets new values by attribute name
     * @param increments amounts to add by attribute name
     * @param filter which rows (null: all)
     * @return {@code UPDATE t SET .. WHERE ..}
     */
    public Dml updateWhere(EntityModel model, Map<String, @Nullable Object> sets, Map<String, Number> increments,
                           @Nullable Filter filter) {
        List<Object> values = new ArrayList<>();
        List<String> assignments = new ArrayList<>();
        sets.forEach((name, value) -> {
            Attribute a = settable(model, name);
            String marker = value == null ? marker(model, a, null, values) : checkedBind(model, a, value, values);
            assignments.add(id(a.column()) + " = " + marker);
        });
        increments.forEach((name, amount) -> {
            Attribute a = settable(model, name);
            if (!List.of(ValueKind.LONG, ValueKind.INTEGER, ValueKind.SHORT, ValueKind.DECIMAL, ValueKind.DOUBLE, ValueKind.FLOAT).contains(a.kind())) {
                throw new InvalidQueryException(model.name() + "." + name + ": only numeric attributes can be incremented");
            }
            assignments.add(id(a.column()) + " = " + id(a.column()) + " + " + bind(BindValues.convert(amount, a, model.name() + "." + name), values));
        });
        if (assignments.isEmpty()) {
            throw new InvalidQueryException(model.name() + ": an update needs at least one set() or increment()");
        }
        return new Dml(model.name(), "UPDATE " + id(model.table()) + " SET " + String.join(", ", assignments)
                + where(model, filter, values), values.toArray());
    }

    /**
     * @param model the entity
     * @param filter which rows (null: all)
     * @return {@code DELETE FROM t WHERE ..}
     */
    public Dml deleteWhere(EntityModel model, @Nullable Filter filter) {
        List<Object> values = new ArrayList<>();
        return new Dml(model.name(), "DELETE FROM " + id(model.table()) + where(model, filter, values), values.toArray());
    }

    private String where(EntityModel model, @Nullable Filter filter, List<Object> values) {
        if (filter == null) {
            return "";
        }
        Scope scope = path -> {
            Attribute a = model.attribute(path).orElseThrow(() -> new InvalidQueryException(model.name() + ": cannot filter on '"
                    + path + "': no such attribute (attributes: " + model.attributeNames() + "); writes filter on own attributes only"));
            return new Scope.Column(id(a.column()), a, model.name() + "." + path);
        };
        return " WHERE " + FilterCompiler.render(filter, scope,
                (value, column) -> bind(BindValues.convert(value, column.attribute(), column.where()), values),
                dialect.capabilities().maxBindParameters());
    }

    private static Attribute settable(EntityModel model, String name) {
        Attribute a = model.attribute(name).orElseThrow(() -> new InvalidQueryException(model.name() + ": cannot set '" + name
                + "': no such attribute (attributes: " + model.attributeNames() + ")"));
        if (a == model.id()) {
            throw new InvalidQueryException(model.name() + ": the id cannot be updated");
        }
        return a;
    }

    private static Object requireId(EntityModel model, Object[] slots) {
        Object id = slots[model.id().slot()];
        if (id == null) {
            throw new InvalidQueryException(model.name() + ": the id is null; insert the entity first");
        }
        return id;
    }

    static Object zero(Attribute a) {
        return a.kind() == ValueKind.LONG ? (Object) 0L : (Object) 0;
    }

    /** Binds an entity value checked and converted to its driver form, or a typed NULL. */
    private String marker(EntityModel model, Attribute a, @Nullable Object value, List<Object> values) {
        String marker = bind(value == null ? new Dml.Null(driverType(a)) : writeValues.driverValue(model.name(), a, value), values);
        return a.kind() == ValueKind.JSON ? dialect.sql().jsonParameter(marker) : marker;
    }

    private String checkedBind(EntityModel model, Attribute a, Object value, List<Object> values) {
        Object converted = BindValues.convert(value, a, model.name() + "." + a.name());
        writeValues.check(model.name(), a, value);
        return bind(converted, values);
    }

    private String bind(Object value, List<Object> values) {
        values.add(value);
        return dialect.sql().bindMarker(values.size() - 1);
    }

    static Class<?> driverType(Attribute a) {
        return switch (a.kind()) {
            case ENUM, JSON -> String.class;
            case BYTES -> ByteBuffer.class;
            case LONG -> Long.class;
            case INTEGER -> Integer.class;
            case SHORT -> Short.class;
            case BOOLEAN -> Boolean.class;
            case DOUBLE -> Double.class;
            case FLOAT -> Float.class;
            default -> a.type();
        };
    }

    private String id(String name) {
        return dialect.sql().identifier(name);
    }
}
