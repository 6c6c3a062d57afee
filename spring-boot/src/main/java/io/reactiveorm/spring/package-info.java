/**
 * Spring Boot auto-configuration for reactive-orm: an {@link io.reactiveorm.Orm} bean built from the application's
 * R2DBC {@code ConnectionFactory}, configured with {@code reactive-orm.*} and sharing Spring's reactive
 * transactions. See {@link io.reactiveorm.spring.ReactiveOrmAutoConfiguration}.
 */
@NullMarked
package io.reactiveorm.spring;

import org.jspecify.annotations.NullMarked;
