package io.reactiveorm.h2;

import io.reactiveorm.spi.BulkConflict;
import io.reactiveorm.spi.BulkLoader;
import io.reactiveorm.spi.BulkTable;
import java.util.List;

/** H2 bulk loads: multi-row INSERT; updates on conflict through {@code MERGE .. KEY}; no skip-on-conflict. */
final class H2BulkLoader implements BulkLoader {

    @Override
    public boolean supports(BulkConflict conflict) {
        return conflict != BulkConflict.SKIP;
    }

    @Override
    public String insert(BulkTable table, List<String> rows, BulkConflict conflict) {
        if (conflict == BulkConflict.UPDATE) {
            return "MERGE INTO " + table.name() + " (" + table.columnList() + ") KEY (" + table.columns().get(table.idIndex()).name()
                    + ") VALUES " + String.join(", ", rows);
        }
        return BulkLoader.super.insert(table, rows, conflict);
    }
}
