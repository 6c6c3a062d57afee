/**
 * The MySQL/MariaDB dialect: include trees as {@code JSON_ARRAY}/{@code JSON_OBJECT} with correlated scalar
 * subqueries. Found automatically through {@link io.reactiveorm.mysql.MySqlDialectProvider} for r2dbc-mysql (the
 * MariaDB 10.11+ variant; MySQL 8.0.14+ is chosen explicitly or detected from the server with
 * {@link io.reactiveorm.mysql.MySqlDialectProvider#detect}). Connections must carry
 * {@link io.reactiveorm.mysql.MySqlSessionDefaults}: {@code Orm.connect(url)} adds them by itself.
 */
@NullMarked
package io.reactiveorm.mysql;

import org.jspecify.annotations.NullMarked;
