package io.reactiveorm.spring;

import io.reactiveorm.Orm;

/** A step of the auto-configuration that adds to the {@link Orm.Builder} before the ORM bean is built. */
@FunctionalInterface
interface OrmBuilderCustomizer {

    void customize(Orm.Builder builder);
}
