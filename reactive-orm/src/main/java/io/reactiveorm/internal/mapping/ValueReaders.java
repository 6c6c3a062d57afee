package io.reactiveorm.internal.mapping;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import io.reactiveorm.spi.Capabilities.BinaryText;
import io.reactiveorm.spi.ValueKind;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

/**
 * The scalar readers, one per {@link ValueKind}. Each accepts the JSON forms listed on {@link ValueKind}, reads
 * numbers exactly from their text, and fails naming the expected kind. Doubles and floats are parsed from the
 * token's text too: PostgreSQL writes float8 -0 as the integer token {@code -0}, whose sign an integer read loses.
 */
public final class ValueReaders {
    /** ISO date-time with an optional offset ({@code Z}, {@code +02}, {@code +02:00}, {@code +0530}). */
    private static final DateTimeFormatter DATE_TIME = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .appendLiteral('T')
            .append(DateTimeFormatter.ISO_LOCAL_TIME)
            .optionalStart().appendOffset("+HH:MM:ss", "Z").optionalEnd()
            .optionalStart().appendOffset("+HHmm", "Z").optionalEnd()
            .optionalStart().appendOffset("+HH", "Z").optionalEnd()
            .toFormatter();

    private ValueReaders() {
    }

    /**
     * @param kind the value kind
     * @param type the Java type (for enums)
     * @param binary how binary values are written
     * @return the reader
     */
    public static ValueReader of(ValueKind kind, Class<?> type, BinaryText binary) {
        return switch (kind) {
            case STRING -> p -> p.currentToken() == JsonToken.VALUE_NULL ? null : p.getText();
            case INTEGER -> p -> number(p) ? p.getIntValue() : text(p, Integer::valueOf);
            case LONG -> p -> number(p) ? p.getLongValue() : text(p, Long::valueOf);
            case SHORT -> p -> number(p) ? p.getShortValue() : text(p, Short::valueOf);
            case DOUBLE -> p -> text(p, Double::valueOf);
            case FLOAT -> p -> text(p, Float::valueOf);
            case DECIMAL -> p -> number(p) ? p.getDecimalValue() : text(p, BigDecimal::new);
            case BOOLEAN -> ValueReaders::bool;
            case DATE -> p -> text(p, s -> infinite(s, LocalDate.MAX, LocalDate.MIN, t -> LocalDate.parse(iso(t))));
            case TIME -> p -> text(p, s -> s.startsWith("24:00:00") ? LocalTime.MAX : LocalTime.parse(s));
            case DATETIME -> p -> text(p, s -> infinite(s, LocalDateTime.MAX, LocalDateTime.MIN, t -> LocalDateTime.parse(iso(t))));
            case OFFSET_DATETIME -> p -> text(p, s -> infinite(s, OffsetDateTime.MAX, OffsetDateTime.MIN, ValueReaders::offsetDateTime));
            case INSTANT -> p -> text(p, s -> infinite(s, Instant.MAX, Instant.MIN, t -> offsetDateTime(t).toInstant()));
            case UUID -> p -> text(p, java.util.UUID::fromString);
            case BYTES -> binary == BinaryText.HEX
                    ? p -> text(p, s -> HexFormat.of().parseHex(s))
                    : p -> text(p, s -> Base64.getMimeDecoder().decode(s));
            case ENUM -> enumReader(type);
            case JSON -> ValueReaders::json;
        };
    }

    /**
     * @param text an ISO-8601 date-time, with {@code ' '} or {@code 'T'}, with or without an offset (none: UTC)
     * @return the same instant at offset UTC
     */
    static OffsetDateTime offsetDateTime(String text) {
        var parsed = DATE_TIME.parse(iso(text));
        LocalDateTime local = LocalDateTime.of(LocalDate.from(parsed), LocalTime.from(parsed));
        ZoneOffset offset = parsed.isSupported(ChronoField.OFFSET_SECONDS)
                ? ZoneOffset.ofTotalSeconds(parsed.get(ChronoField.OFFSET_SECONDS)) : ZoneOffset.UTC;
        return local.atOffset(offset).withOffsetSameInstant(ZoneOffset.UTC);
    }

    /**
     * @param text a date or date-time as a database writes it
     * @return it in ISO-8601: {@code 'T'} for a {@code ' '}, a {@code '+'} before a year of more than 4 digits, and
     *     PostgreSQL's {@code "0044-03-15 BC"} as the proleptic year {@code -0043}
     */
    static String iso(String text) {
        boolean bc = text.endsWith(" BC");
        String s = (bc ? text.substring(0, text.length() - 3) : text).replace(' ', 'T');
        int yearEnd = s.indexOf('-', 1);
        if (yearEnd < 0) {
            return s;
        }
        boolean signed = s.charAt(0) == '+' || s.charAt(0) == '-';
        if (bc) {
            int year = 1 - Integer.parseInt(s.substring(0, yearEnd));
            return (year == 0 ? "0000" : String.format("-%04d", -year)) + s.substring(yearEnd);
        }
        return yearEnd > 4 && !signed ? "+" + s : s;
    }

    private interface Temporal {
        Object parse(String text);
    }

    /** PostgreSQL's {@code infinity} and {@code -infinity} as the type's largest and smallest values. */
    private static Object infinite(String text, Object max, Object min, Temporal parse) {
        return switch (text) {
            case "infinity" -> max;
            case "-infinity" -> min;
            default -> parse.parse(text);
        };
    }

    /**
     * A JSON attribute comes wrapped in a one-element array, so a JSON {@code null} ({@code [null]}, read as
     * {@link NullNode}) differs from SQL NULL ({@code null}, read as Java {@code null}).
     */
    private static Object json(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        if (t != JsonToken.START_ARRAY) {
            throw new IOException("expected a JSON value wrapped in an array, got " + t);
        }
        JsonNode node = p.nextToken() == JsonToken.VALUE_NULL ? NullNode.getInstance() : p.readValueAsTree();
        if (p.nextToken() != JsonToken.END_ARRAY) {
            throw new IOException("expected the end of the wrapped JSON value, got " + p.currentToken());
        }
        return node;
    }

    private static boolean number(JsonParser p) {
        JsonToken t = p.currentToken();
        return t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT;
    }

    private interface Parse {
        Object apply(String text);
    }

    private static Object text(JsonParser p, Parse parse) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        if (t != JsonToken.VALUE_STRING && !t.isNumeric()) {
            throw new IOException("expected a scalar value, got " + t);
        }
        String text = p.getText();
        try {
            return parse.apply(text);
        } catch (RuntimeException e) {
            throw new IOException("cannot read '" + abbreviate(text) + "': " + e.getMessage(), e);
        }
    }

    private static Object bool(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE) {
            return t == JsonToken.VALUE_TRUE;
        }
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        if (t == JsonToken.VALUE_NUMBER_INT) {
            return p.getIntValue() != 0;
        }
        String s = p.getText();
        return switch (s) {
            case "true", "t", "1" -> Boolean.TRUE;
            case "false", "f", "0" -> Boolean.FALSE;
            default -> throw new IOException("expected a boolean, got '" + abbreviate(s) + "'");
        };
    }

    private static ValueReader enumReader(Class<?> type) {
        Map<String, Object> constants = new HashMap<>();
        for (Object constant : type.getEnumConstants()) {
            constants.put(((Enum<?>) constant).name(), constant);
        }
        return p -> {
            if (p.currentToken() == JsonToken.VALUE_NULL) {
                return null;
            }
            Object value = constants.get(p.getText());
            if (value == null) {
                throw new IOException("'" + abbreviate(p.getText()) + "' is not a constant of " + type.getSimpleName());
            }
            return value;
        };
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "...";
    }

}
