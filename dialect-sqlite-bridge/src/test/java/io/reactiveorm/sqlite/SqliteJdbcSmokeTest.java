package io.reactiveorm.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Plain-JDBC smoke test of sqlite-jdbc on a file database, until the R2DBC bridge exists. */
class SqliteJdbcSmokeTest {

    @TempDir
    Path dir;

    @Test
    void createsInsertsWithBindsAndReadsBack() throws Exception {
        String url = "jdbc:sqlite:" + dir.resolve("smoke.db");
        try (Connection c = DriverManager.getConnection(url)) {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE book (id INTEGER PRIMARY KEY, title TEXT NOT NULL, pages INTEGER)");
            }
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO book (id, title, pages) VALUES (?, ?, ?)")) {
                for (int i = 1; i <= 3; i++) {
                    insert.setInt(1, i);
                    insert.setString(2, "Book " + i);
                    insert.setObject(3, i == 3 ? null : 100 * i);
                    insert.addBatch();
                }
                assertThat(insert.executeBatch()).containsExactly(1, 1, 1);
            }
        }
        // A second connection sees the committed rows in the file.
        List<String> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url);
                PreparedStatement query = c.prepareStatement("SELECT id, title, pages FROM book WHERE id >= ? ORDER BY id")) {
            query.setInt(1, 1);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    rows.add(rs.getInt(1) + "|" + rs.getString(2) + "|" + rs.getObject(3));
                }
            }
        }
        assertThat(rows).containsExactly("1|Book 1|100", "2|Book 2|200", "3|Book 3|null");
        assertThat(dir.resolve("smoke.db")).exists();
    }
}
