package io.reactiveorm.internal.plan;

import io.reactiveorm.InvalidQueryException;
import io.reactiveorm.internal.model.Attribute;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;

/** Checks a filter value against its attribute's type and converts it to what the drivers bind. */
final class BindValues {
    private BindValues() {
    }

    static Object convert(Object value, Attribute attribute, String where) {
        Object converted = switch (attribute.kind()) {
            case LONG -> value instanceof Long || value instanceof Integer || value instanceof Short
                    ? ((Number) value).longValue() : null;
            case INTEGER -> value instanceof Integer || value instanceof Short ? ((Number) value).intValue() : null;
            case SHORT -> value instanceof Short ? value : null;
            case DOUBLE -> value instanceof Double || value instanceof Float || value instanceof Integer || value instanceof Long
                    ? ((Number) value).doubleValue() : null;
            case FLOAT -> value instanceof Float ? value : null;
            case DECIMAL -> value instanceof BigDecimal ? value
                    : value instanceof Integer || value instanceof Long ? BigDecimal.valueOf(((Number) value).longValue())
                    : value instanceof BigInteger b ? new BigDecimal(b) : null;
            case ENUM -> attribute.type().isInstance(value) ? ((Enum<?>) value).name() : null;
            case BYTES -> value instanceof byte[] b ? ByteBuffer.wrap(b) : null;
            case JSON -> throw new InvalidQueryException(where + ": filtering on a JSON attribute is not supported");
            default -> boxed(attribute.type()).isInstance(value) ? value : null;
        };
        if (converted == null) {
            throw new InvalidQueryException(where + " expects " + attribute.type().getSimpleName() + " but got "
                    + value.getClass().getSimpleName());
        }
        return converted;
    }

    private static Class<?> boxed(Class<?> type) {
        if (!type.isPrimitive()) {
            return type;
        }
        if (type == boolean.class) {
            return Boolean.class;
        }
        return type;
    }
}
