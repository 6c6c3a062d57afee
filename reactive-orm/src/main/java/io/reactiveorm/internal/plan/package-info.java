/**
 * Planning and rendering: include trees and root queries are validated against the model, then compiled into one
 * SQL statement plus the result shape that decodes it; compiled queries are cached per query shape. Not API.
 */
@NullMarked
package io.reactiveorm.internal.plan;

import org.jspecify.annotations.NullMarked;
