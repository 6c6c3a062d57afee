/**
 * Spring Boot auto-configuration for reactive-orm: an {@link io.reactiveorm.Orm} bean built from the application's
 * R2DBC {@code ConnectionFactory}. See {@link io.reactiveorm.spring.ReactiveOrmAutoConfiguration}.
 */
@NullMarked
package io.reactiveorm.spring;

import org.jspecify.annotations.NullMarked;
