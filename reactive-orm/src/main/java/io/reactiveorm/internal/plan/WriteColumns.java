package io.reactiveorm.internal.plan;

import io.reactiveorm.InvalidQueryException;
import io.reactiveorm.internal.model.Attribute;
import io.reactiveorm.internal.model.EntityModel;
import io.reactiveorm.internal.model.ForeignKey;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Chooses the columns an update of one entity sets. */
final class WriteColumns {
    private WriteColumns() {
    }

    /**
     * @param model the entity
     * @param slots its {@link EntityModel#writeValues}
     * @param named attribute or {@code @BelongsTo} relation names, or empty
     * @return the named columns, or (none named) every column besides the id and version whose value is not null
     */
    static List<Attribute> chosen(EntityModel model, Object[] slots, List<String> named) {
        List<Attribute> columns = new ArrayList<>();
        if (named.isEmpty()) {
            for (Attribute a : model.writeColumns()) {
                if (a != model.id() && a != model.version() && slots[a.slot()] != null) {
                    columns.add(a);
                }
            }
            return columns;
        }
        for (String name : named) {
            Attribute a = model.attribute(name).orElseGet(() -> model.foreignKeys().stream()
                    .filter(fk -> fk.relation().name().equals(name)).map(ForeignKey::column).findFirst()
                    .orElseThrow(() -> new InvalidQueryException(model.name() + ": cannot update '" + name + "': no such "
                            + "attribute or @BelongsTo relation (" + names(model) + ")")));
            if (a == model.id() || a == model.version()) {
                throw new InvalidQueryException(model.name() + ": cannot update '" + name + "': the "
                        + (a == model.id() ? "id identifies the row" : "version is incremented by every update"));
            }
            if (!columns.contains(a)) {
                columns.add(a);
            }
        }
        return columns;
    }

    private static String names(EntityModel model) {
        List<String> names = new ArrayList<>();
        model.attributes().stream().filter(a -> a != model.id() && a != model.version()).forEach(a -> names.add(a.name()));
        model.foreignKeys().forEach(fk -> names.add(fk.relation().name()));
        return names.stream().collect(Collectors.joining(", "));
    }
}
