package io.reactiveorm.internal.plan;

/**
 * One rendered write statement with its values, ready to bind.
 *
 * @param entity the entity name, for messages
 * @param sql the SQL text
 * @param values the values in marker order; {@link Null} stands for a typed NULL
 */
public record Dml(String entity, String sql, Object[] values) {

    /**
     * A NULL bind value.
     *
     * @param type the Java type the driver binds it as
     */
    public record Null(Class<?> type) {
    }
}
