/** A runnable demo of reactive-orm on the embedded H2 default: {@link io.reactiveorm.examples.Demo}. */
@NullMarked
package io.reactiveorm.examples;

import org.jspecify.annotations.NullMarked;
