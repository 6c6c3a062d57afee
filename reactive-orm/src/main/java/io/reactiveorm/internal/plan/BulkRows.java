package io.reactiveorm.internal.plan;

import io.reactiveorm.BulkLoadException;
import io.reactiveorm.InvalidQueryException;
import io.reactiveorm.internal.model.Attribute;
import io.reactiveorm.internal.model.EntityModel;
import io.reactiveorm.spi.BulkColumn;
import io.reactiveorm.spi.BulkConflict;
import io.reactiveorm.spi.BulkTable;
import io.reactiveorm.spi.Dialect;
import io.reactiveorm.spi.ValueKind;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows of one bulk load: the target table, entities checked and converted to driver values (the {@link DmlCompiler} rules),
 * and multi-row inserts of them.
 */
public final class BulkRows {
    private final EntityModel model;
    private final Dialect dialect;
    private final List<Attribute> attributes;
    private final BulkTable table;
    private final WriteValues writeValues;

    private BulkRows(EntityModel model, Dialect dialect, boolean withId) {
        this.model = model;
        this.dialect = dialect;
        this.writeValues = new WriteValues(dialect);
        List<Attribute> chosen = new ArrayList<>();
        List<BulkColumn> columns = new ArrayList<>();
        for (Attribute a : model.writeColumns()) {
            if (withId || a != model.id()) {
                chosen.add(a);
                columns.add(new BulkColumn(dialect.sql().identifier(a.column()), a.kind(), DmlCompiler.driverType(a)));
            }
        }
        this.attributes = List.copyOf(chosen);
        this.table = new BulkTable(model.name(), dialect.sql().identifier(model.table()), columns,
                withId ? chosen.indexOf(model.id()) : -1);
    }

    /**
     * @param model the entity
     * @param dialect the dialect
     * @param first the first row, which decides whether ids are given (in every row) or generated (in none)
     * @param conflict the conflict handling (needs given ids)
     * @return the load's rows
     */
    public static BulkRows of(EntityModel model, Dialect dialect, Object first, BulkConflict conflict) {
        boolean withId = model.factory().values(first)[model.id().slot()] != null;
        if (!withId && conflict != BulkConflict.ERROR) {
            throw new InvalidQueryException(model.name() + ": a bulk load with conflict handling needs the id in every row");
        }
        return new BulkRows(model, dialect, withId);
    }

    /** @return the target table */
    public BulkTable table() {
        return table;
    }

    /**
     * @param entities a chunk of entities
     * @param firstRow the 1-based row number of the chunk's first entity
     * @return their driver values, in column order
     */
    public List<Object[]> convert(List<?> entities, long firstRow) {
        List<Object[]> rows = new ArrayList<>(entities.size());
        boolean withId = table.idIndex() >= 0;
        for (int i = 0; i < entities.size(); i++) {
            Object[] slots = slots(entities.get(i), firstRow + i);
            if ((slots[model.id().slot()] != null) != withId) {
                throw new BulkLoadException(model.name(), firstRow + i, model.id().column(), new InvalidQueryException(
                        "ids must be given in every row or in none (the first row " + (withId ? "has" : "has no") + " id)"));
            }
            Object[] row = new Object[attributes.size()];
            for (int c = 0; c < row.length; c++) {
                Attribute a = attributes.get(c);
                Object value = a == model.version() && slots[a.slot()] == null ? DmlCompiler.zero(a) : slots[a.slot()];
                try {
                    row[c] = value == null ? null : writeValues.driverValue(model.name(), a, value);
                } catch (InvalidQueryException e) {
                    throw new BulkLoadException(model.name(), firstRow + i, a.column(), e);
                }
            }
            rows.add(row);
        }
        return rows;
    }

    private Object[] slots(Object entity, long row) {
        try {
            return model.writeValues(entity);
        } catch (InvalidQueryException e) {
            throw new BulkLoadException(model.name(), row, null, e);
        }
    }

    /**
     * @param rows driver values of some rows
     * @param conflict the conflict handling
     * @return one multi-row insert of them ({@link io.reactiveorm.spi.SqlSyntax#insert})
     */
    public Dml insert(List<Object[]> rows, BulkConflict conflict) {
        List<Object> values = new ArrayList<>(rows.size() * attributes.size());
        List<String> tuples = new ArrayList<>(rows.size());
        StringBuilder tuple = new StringBuilder();
        for (Object[] row : rows) {
            tuple.setLength(0);
            tuple.append('(');
            for (int c = 0; c < row.length; c++) {
                BulkColumn column = table.columns().get(c);
                values.add(row[c] == null ? new Dml.Null(column.type()) : row[c]);
                String marker = dialect.sql().bindMarker(values.size() - 1);
                tuple.append(c == 0 ? "" : ", ").append(column.kind() == ValueKind.JSON ? dialect.sql().jsonParameter(marker) : marker);
            }
            tuples.add(tuple.append(')').toString());
        }
        List<String> names = new ArrayList<>(table.columns().size());
        table.columns().forEach(c -> names.add(c.name()));
        String id = table.idIndex() < 0 ? null : names.get(table.idIndex());
        return new Dml(model.name(), dialect.sql().insert(table.name(), names, tuples, conflict, id), values.toArray());
    }

    /** @return the rows one multi-row insert may carry within the dialect's bind parameter limit */
    public int rowsPerStatement() {
        return Math.max(1, dialect.capabilities().maxBindParameters() / Math.max(1, attributes.size()));
    }
}
