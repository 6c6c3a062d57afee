/**
 * The public API: {@link io.reactiveorm.Orm} is the one entry point; queries, include trees, filters and sorts are
 * immutable values; annotations map records and classes to tables.
 */
@NullMarked
package io.reactiveorm;

import org.jspecify.annotations.NullMarked;
