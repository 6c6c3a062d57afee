package io.reactiveorm.internal.plan;

import io.reactiveorm.InvalidQueryException;
import io.reactiveorm.internal.model.Attribute;
import io.reactiveorm.spi.Dialect;
import io.reactiveorm.spi.ValueLimits;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;

/**
 * Checks a written value against the dialect's {@link ValueLimits} and converts it to what the drivers bind. A value
 * the database would not give back unchanged is rejected naming the attribute (never the value), before any SQL.
 */
public final class WriteValues {
    private final ValueLimits limits;
    private final String database;

    public WriteValues(Dialect dialect) {
        this.limits = dialect.capabilities().values();
        this.database = dialect.name();
    }

    /**
     * @param entity the entity's name, for messages
     * @param a the attribute
     * @param value its non-null value
     * @return the value the driver binds
     * @throws InvalidQueryException if the database cannot store the value unchanged
     */
    Object driverValue(String entity, Attribute a, Object value) {
        check(entity, a, value);
        return switch (a.kind()) {
            case ENUM -> ((Enum<?>) value).name();
            case BYTES -> ByteBuffer.wrap((byte[]) value);
            case JSON -> value.toString();
            case DECIMAL -> !limits.decimalScaleKept() && ((BigDecimal) value).scale() < 0
                    ? ((BigDecimal) value).setScale(0) : value;
            default -> value;
        };
    }

    /**
     * @param entity the entity's name, for messages
     * @param a the attribute
     * @param value its non-null value, of the attribute's type
     * @throws InvalidQueryException if the database cannot store the value unchanged
     */
    public void check(String entity, Attribute a, Object value) {
        String problem = switch (a.kind()) {
            case DOUBLE -> finite(((Number) value).doubleValue());
            case FLOAT -> both(finite(((Number) value).doubleValue()), floatRange((Float) value));
            case DATE -> date((LocalDate) value);
            case TIME -> fraction(((LocalTime) value).getNano());
            case DATETIME -> both(date(((LocalDateTime) value).toLocalDate()), fraction(((LocalDateTime) value).getNano()));
            case OFFSET_DATETIME -> both(instantDate(((OffsetDateTime) value).toInstant()), fraction(((OffsetDateTime) value).getNano()));
            case INSTANT -> both(instantDate((Instant) value), fraction(((Instant) value).getNano()));
            default -> null;
        };
        if (problem != null) {
            throw new InvalidQueryException(entity + "." + a.name() + ": " + problem);
        }
    }

    private @Nullable String finite(double d) {
        return Double.isFinite(d) || limits.nonFiniteFloats() ? null
                : "NaN and infinite values cannot be stored on " + database;
    }

    private @Nullable String floatRange(float f) {
        return Math.abs((double) f) <= limits.largestFloat() || !Float.isFinite(f) ? null
                : "a float beyond " + limits.largestFloat() + " in magnitude cannot be stored on " + database;
    }

    private @Nullable String date(LocalDate date) {
        return date.isBefore(limits.minDate()) || date.isAfter(limits.maxDate())
                ? "a date outside " + limits.minDate() + " to " + limits.maxDate() + " cannot be stored unchanged on " + database
                : null;
    }

    private @Nullable String instantDate(Instant instant) {
        try {
            return date(LocalDate.ofInstant(instant, ZoneOffset.UTC));
        } catch (DateTimeException e) {
            return date(instant.isBefore(Instant.EPOCH) ? LocalDate.MIN : LocalDate.MAX);
        }
    }

    private @Nullable String fraction(int nanos) {
        int unit = (int) Math.pow(10, 9 - limits.fractionDigits());
        return nanos % unit == 0 ? null : "more than " + limits.fractionDigits()
                + " fractional-second digits cannot be stored unchanged on " + database + " (truncate the value first)";
    }

    private static @Nullable String both(@Nullable String first, @Nullable String second) {
        return first != null ? first : second;
    }
}
