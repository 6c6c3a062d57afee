/** Execution over R2DBC: connections, binding, streaming rows into decoders, error mapping. Not API. */
@NullMarked
package io.reactiveorm.internal.exec;

import org.jspecify.annotations.NullMarked;
