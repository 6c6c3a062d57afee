package io.reactiveorm.spi;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The values a database stores and gives back unchanged. The core checks every written value against them and
 * rejects one outside them with an {@link io.reactiveorm.InvalidQueryException} naming the attribute, before any
 * statement is sent, rather than let the database round, clip or refuse it later (or store what no query can
 * read back).
 *
 * @param minDate the earliest date of a {@code LocalDate}, {@code LocalDateTime}, {@code OffsetDateTime} or
 *     {@code Instant} (the latter two by their UTC date)
 * @param maxDate the latest such date
 * @param fractionDigits the fractional-second digits kept by times, date-times and instants (0 to 9): a value
 *     with more digits is rejected, never rounded (rounding {@code 23:59:59.9999999} would give {@code 24:00})
 * @param nonFiniteFloats whether NaN and the infinities of {@code double} and {@code float} are stored
 * @param largestFloat the largest magnitude of a stored {@code float} ({@link Float#MAX_VALUE} where the database
 *     stores every float)
 * @param decimalScaleKept whether a decimal keeps its own scale; if not, the column's declared scale applies and a
 *     negative scale ({@code 1E+5}) is bound as scale 0, the same number
 * @since 0.1
 */
public record ValueLimits(LocalDate minDate, LocalDate maxDate, int fractionDigits, boolean nonFiniteFloats,
                          double largestFloat, boolean decimalScaleKept) {

    /** Years 1 to 9999, microseconds, no NaN or infinity, every finite float, decimals at the column's scale. */
    public static final ValueLimits ISO = new ValueLimits(LocalDate.of(1, 1, 1), LocalDate.of(9999, 12, 31), 6,
            false, Float.MAX_VALUE, false);

    /** Checks the limits. */
    public ValueLimits {
        Objects.requireNonNull(minDate, "minDate must not be null");
        Objects.requireNonNull(maxDate, "maxDate must not be null");
        if (fractionDigits < 0 || fractionDigits > 9) {
            throw new IllegalArgumentException("fractionDigits must be 0 to 9, got " + fractionDigits);
        }
    }
}
