/** Spring Data R2DBC entity classes of the harness. */
@org.jspecify.annotations.NullMarked
package io.reactiveorm.bench.spring;
