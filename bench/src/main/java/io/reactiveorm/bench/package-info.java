/** The side-by-side workload harness: this ORM against raw R2DBC, JDBC, jOOQ, Spring Data R2DBC and Hibernate Reactive. */
@org.jspecify.annotations.NullMarked
package io.reactiveorm.bench;
