package io.reactiveorm;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Receives the number of related rows of a to-many relation when an include tree asks for {@code count(relation)}; a {@code Long} or {@code long} attribute.
 *
 * @since 0.1
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
public @interface Count {
    /** @return the name of the to-many relation attribute to count */
    String value();
}
