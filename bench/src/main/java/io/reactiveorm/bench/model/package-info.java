/** Entity classes shared by the benchmarks and the workload harness. */
@org.jspecify.annotations.NullMarked
package io.reactiveorm.bench.model;
