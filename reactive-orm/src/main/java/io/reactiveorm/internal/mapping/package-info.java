/**
 * Decoding: each root row's JSON is read with Jackson's streaming parser straight into constructor arguments,
 * through readers resolved once per result shape. Not API.
 */
@NullMarked
package io.reactiveorm.internal.mapping;

import org.jspecify.annotations.NullMarked;
