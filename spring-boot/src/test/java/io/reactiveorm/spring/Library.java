package io.reactiveorm.spring;

import io.reactiveorm.BelongsTo;
import io.reactiveorm.HasMany;
import io.reactiveorm.Id;
import io.reactiveorm.Table;
import io.r2dbc.pool.ConnectionPool;
import io.r2dbc.spi.ConnectionFactory;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;

/** Two entities for the starter's tests, and their H2 schema. */
final class Library {
    private Library() {
    }

    @Table("author")
    record Author(@Id @Nullable Long id, @Nullable String name,
                  @HasMany(foreignKey = "author_id") @Nullable List<Note> notes) {
    }

    @Table("note")
    record Note(@Id @Nullable Long id, @Nullable String body, @Nullable Long authorId,
                @BelongsTo(foreignKey = "author_id") @Nullable Author author) {
    }

    /**
     * Creates and fills the tables on the calling thread. r2dbc-h2 works on the thread that subscribes, and a pool
     * hands new connections over on a Reactor thread (where BlockHound fails H2's blocking): the schema goes through
     * the factory behind the pool, on the same in-memory database.
     */
    static void createSchema(ConnectionFactory factory) {
        DatabaseClient client = DatabaseClient.create(factory instanceof ConnectionPool pool ? pool.unwrap() : factory);
        client.sql("CREATE TABLE author (id BIGINT AUTO_INCREMENT PRIMARY KEY, name VARCHAR(100) NOT NULL UNIQUE)")
                .then()
                .then(client.sql("CREATE TABLE note (id BIGINT AUTO_INCREMENT PRIMARY KEY, body VARCHAR(100),"
                        + " author_id BIGINT REFERENCES author (id))").then())
                .then(client.sql("INSERT INTO author (name) VALUES ('Ada'), ('Alan')").then())
                .then(client.sql("INSERT INTO note (body, author_id) VALUES ('engine', 1), ('loops', 1), ('machine', 2)")
                        .then())
                .block();
    }
}
