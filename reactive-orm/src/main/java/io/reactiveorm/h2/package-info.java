/**
 * The H2 dialect, built into the core as the embedded default: include trees as {@code JSON_OBJECT}/{@code JSON_ARRAY}
 * and {@code JSON_ARRAYAGG} over correlated scalar subqueries. Used only when r2dbc-h2 is on the classpath (it is
 * an optional dependency of the core); found through {@link io.reactiveorm.h2.H2DialectProvider}.
 */
@NullMarked
package io.reactiveorm.h2;

import org.jspecify.annotations.NullMarked;
