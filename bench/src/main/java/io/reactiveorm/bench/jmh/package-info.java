/** JMH micro-benchmarks of query planning, SQL rendering and JSON decoding. */
@org.jspecify.annotations.NullMarked
package io.reactiveorm.bench.jmh;
