/**
 * The dialect SPI: what a database module implements so the core can render SQL and JSON for it. A dialect is a
 * record of small strategies ({@link io.reactiveorm.spi.SqlSyntax}, {@link io.reactiveorm.spi.JsonSyntax},
 * {@link io.reactiveorm.spi.Capabilities}) found through {@link io.reactiveorm.spi.DialectProvider}.
 */
@NullMarked
package io.reactiveorm.spi;

import org.jspecify.annotations.NullMarked;
