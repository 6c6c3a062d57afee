package io.reactiveorm.sqlite;

import io.r2dbc.spi.ConnectionFactory;
import io.reactiveorm.conformance.WriteSafetyConformance;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Writes that never lose data silently, on a SQLite database file. */
class SqliteWriteSafetyTest extends WriteSafetyConformance {

    @RegisterExtension
    static final SqliteTestDatabase db = SqliteTestDatabase.file();

    @Override
    protected ConnectionFactory connectionFactory() {
        return db.connectionFactory();
    }

    @Override
    protected String schemaResource() {
        return "/conformance/sqlite-writes.sql";
    }
}
