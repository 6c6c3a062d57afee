package io.reactiveorm.spi;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Everything the core needs to know about one database, as a few focused strategies. The core never checks which
 * database it talks to; it asks the dialect.
 *
 * @param name the dialect's name, for messages
 * @param sql identifiers, bind markers and limits
 * @param json JSON construction and value encoding
 * @param capabilities flags and numbers
 * @param bulk how bulk loads write rows ({@link BulkLoader#GENERIC}: multi-row INSERT statements)
 * @param serverCancel how to stop a statement on the server when its caller gives up (null: the database cannot, or
 *     need not: an embedded one whose driver stops when cancelled)
 * @since 0.1
 */
public record Dialect(String name, SqlSyntax sql, JsonSyntax json, Capabilities capabilities, BulkLoader bulk,
        @Nullable ServerCancel serverCancel) {

    /** Checks the parts. */
    public Dialect {
        Objects.requireNonNull(name, "name must not be null");
        Objects.requireNonNull(sql, "sql must not be null");
        Objects.requireNonNull(json, "json must not be null");
        Objects.requireNonNull(capabilities, "capabilities must not be null");
        Objects.requireNonNull(bulk, "bulk must not be null");
    }

    /**
     * A dialect without a server-side cancel.
     *
     * @param name the dialect's name, for messages
     * @param sql identifiers, bind markers and limits
     * @param json JSON construction and value encoding
     * @param capabilities flags and numbers
     * @param bulk how bulk loads write rows
     */
    public Dialect(String name, SqlSyntax sql, JsonSyntax json, Capabilities capabilities, BulkLoader bulk) {
        this(name, sql, json, capabilities, bulk, null);
    }

    /**
     * A dialect whose bulk loads use the generic multi-row INSERT path.
     *
     * @param name the dialect's name, for messages
     * @param sql identifiers, bind markers and limits
     * @param json JSON construction and value encoding
     * @param capabilities flags and numbers
     */
    public Dialect(String name, SqlSyntax sql, JsonSyntax json, Capabilities capabilities) {
        this(name, sql, json, capabilities, BulkLoader.GENERIC);
    }

    /**
     * @param loader the bulk loading strategy
     * @return this dialect with that strategy
     */
    public Dialect withBulkLoader(BulkLoader loader) {
        return new Dialect(name, sql, json, capabilities, loader, serverCancel);
    }

    /**
     * @param cancel how to stop a statement on the server
     * @return this dialect with that strategy
     */
    public Dialect withServerCancel(ServerCancel cancel) {
        return new Dialect(name, sql, json, capabilities, bulk, Objects.requireNonNull(cancel, "cancel must not be null"));
    }

    @Override
    public String toString() {
        return name;
    }
}
