/** Hibernate Reactive entity classes of the harness. */
@org.jspecify.annotations.NullMarked
package io.reactiveorm.bench.hibernate;
