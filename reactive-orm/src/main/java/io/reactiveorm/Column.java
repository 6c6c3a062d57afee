package io.reactiveorm;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the column an attribute is stored in (default: the attribute name in snake_case), and says whether it
 * may hold NULL. Declaring a NOT NULL column {@code nullable = false} lets keyset pages use the index-friendly
 * row-value predicate; primitives and the id are never null.
 *
 * @since 0.1
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
public @interface Column {
    /** @return the column name (empty: the attribute name in snake_case) */
    String value() default "";

    /** @return whether the column may hold NULL (default true) */
    boolean nullable() default true;
}
