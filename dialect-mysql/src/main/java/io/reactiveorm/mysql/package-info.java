/**
 * The MySQL/MariaDB dialect: include trees as {@code JSON_ARRAY}/{@code JSON_OBJECT} with correlated scalar
 * subqueries. Found automatically through {@link io.reactiveorm.mysql.MySqlDialectProvider} for r2dbc-mysql;
 * connections should carry {@link io.reactiveorm.mysql.MySqlSessionDefaults}.
 */
@NullMarked
package io.reactiveorm.mysql;

import org.jspecify.annotations.NullMarked;
