package io.reactiveorm.mysql;

import io.reactiveorm.spi.BulkColumn;
import io.reactiveorm.spi.BulkConflict;
import io.reactiveorm.spi.BulkLoader;
import io.reactiveorm.spi.BulkTable;
import java.util.List;

/**
 * MariaDB and MySQL bulk loads: multi-row INSERT with
 * {@code ON DUPLICATE KEY UPDATE} for both conflict handlings (skip assigns the id to itself, so other errors such as
 * NULL in a NOT NULL column still fail, unlike {@code INSERT IGNORE}).
 */
final class MySqlBulkLoader implements BulkLoader {

    @Override
    public String insert(BulkTable table, List<String> rows, BulkConflict conflict) {
        String insert = "INSERT INTO " + table.name() + " (" + table.columnList() + ") VALUES " + String.join(", ", rows);
        if (conflict == BulkConflict.ERROR) {
            return insert;
        }
        String id = table.columns().get(table.idIndex()).name();
        StringBuilder sets = new StringBuilder();
        if (conflict == BulkConflict.UPDATE) {
            for (BulkColumn c : table.columns()) {
                if (!c.name().equals(id)) {
                    sets.append(sets.length() == 0 ? "" : ", ").append(c.name()).append(" = VALUES(").append(c.name()).append(')');
                }
            }
        }
        return insert + " ON DUPLICATE KEY UPDATE " + (sets.length() == 0 ? id + " = " + id : sets);
    }
}
