/**
 * Keyset pagination support: opaque, versioned, integrity-checked cursors. Not API.
 */
@NullMarked
package io.reactiveorm.internal.page;

import org.jspecify.annotations.NullMarked;
