/** Entity metadata read once from annotated records and classes. Not API. */
@NullMarked
package io.reactiveorm.internal.model;

import org.jspecify.annotations.NullMarked;
