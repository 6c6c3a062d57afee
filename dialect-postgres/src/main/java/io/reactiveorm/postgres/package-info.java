/**
 * The PostgreSQL dialect: include trees as {@code json_build_array}/{@code json_build_object} and {@code json_agg}
 * over correlated scalar subqueries. Found automatically through {@link io.reactiveorm.postgres.PostgresDialectProvider}.
 */
@NullMarked
package io.reactiveorm.postgres;

import org.jspecify.annotations.NullMarked;
