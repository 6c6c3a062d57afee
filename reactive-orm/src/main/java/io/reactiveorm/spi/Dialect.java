package io.reactiveorm.spi;

import java.util.Objects;

/**
 * Everything the core needs to know about one database, as a few focused strategies. The core never checks which
 * database it talks to; it asks the dialect.
 *
 * @param name the dialect's name, for messages
 * @param sql identifiers, bind markers and limits
 * @param json JSON construction and value encoding
 * @param capabilities flags and numbers
 * @since 0.1
 */
public record Dialect(String name, SqlSyntax sql, JsonSyntax json, Capabilities capabilities) {

    /** Checks the parts. */
    public Dialect {
        Objects.requireNonNull(name, "name must not be null");
        Objects.requireNonNull(sql, "sql must not be null");
        Objects.requireNonNull(json, "json must not be null");
        Objects.requireNonNull(capabilities, "capabilities must not be null");
    }

    @Override
    public String toString() {
        return name;
    }
}
