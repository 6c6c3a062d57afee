package io.reactiveorm.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Extreme values, one {@link Typed} attribute per case (the other attributes null), plus the rows of the
 * type-fidelity matrix ({@link ReferenceData#typedRows()}). A database either gives each value back unchanged or
 * the ORM rejects it before writing anything; which cases a database rejects is listed by its test class.
 */
public final class TypeCorpus {
    /** The cases with more than 6 fractional-second digits. */
    public static final Set<String> SUB_MICROSECOND = Set.of("time 23:59:59.999999999", "time 12:00:00.000000001",
            "datetime max nanos", "offset -03:30 nanos", "instant nanos");
    /** The cases holding NaN or an infinity. */
    public static final Set<String> NON_FINITE = Set.of("float NaN", "float +Infinity", "float -Infinity", "double NaN",
            "double +Infinity", "double -Infinity");
    /** The cases whose date lies outside the years 1 to 9999. */
    public static final Set<String> OUTSIDE_YEARS_1_TO_9999 = Set.of("date +10000-01-01", "date 0044-03-15 BC",
            "date year 0", "datetime +10000", "datetime BC", "instant +10000");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private TypeCorpus() {
    }

    /** One value to round-trip: the row to write under a case name. */
    public record Case(String name, Typed row) {
        @Override
        public String toString() {
            return name;
        }
    }

    /**
     * @param groups sets of case names
     * @return their union
     */
    @SafeVarargs
    public static Set<String> union(Set<String>... groups) {
        Set<String> all = new HashSet<>();
        for (Set<String> group : groups) {
            all.addAll(group);
        }
        return Set.copyOf(all);
    }

    /** @return every case, in a stable order, with ids 1, 2, ... */
    public static List<Case> cases() {
        Map<String, Object[]> values = new LinkedHashMap<>();
        values.put("float pi", new Object[] {"score", 3.1415927f});
        values.put("float 123456.79", new Object[] {"score", 123456.79f});
        values.put("float 16777217", new Object[] {"score", 16_777_216f});
        values.put("float max", new Object[] {"score", Float.MAX_VALUE});
        values.put("float min normal", new Object[] {"score", Float.MIN_NORMAL});
        values.put("float 1e-7", new Object[] {"score", 1.0e-7f});
        values.put("float -1/3", new Object[] {"score", -1f / 3});
        values.put("float NaN", new Object[] {"score", Float.NaN});
        values.put("float +Infinity", new Object[] {"score", Float.POSITIVE_INFINITY});
        values.put("float -Infinity", new Object[] {"score", Float.NEGATIVE_INFINITY});
        values.put("double 0.1+0.2", new Object[] {"ratio", 0.1 + 0.2});
        values.put("double max", new Object[] {"ratio", Double.MAX_VALUE});
        values.put("double min normal", new Object[] {"ratio", Double.MIN_NORMAL});
        values.put("double 1e-300", new Object[] {"ratio", 1e-300});
        values.put("double 2^53+1", new Object[] {"ratio", 9_007_199_254_740_993.0});
        values.put("double NaN", new Object[] {"ratio", Double.NaN});
        values.put("double +Infinity", new Object[] {"ratio", Double.POSITIVE_INFINITY});
        values.put("double -Infinity", new Object[] {"ratio", Double.NEGATIVE_INFINITY});
        values.put("decimal 1E+5", new Object[] {"amount", new BigDecimal("1E+5")});
        values.put("decimal 28 digits", new Object[] {"amount", new BigDecimal("9999999999999999999999999999.99")});
        values.put("decimal -0.01", new Object[] {"amount", new BigDecimal("-0.01")});
        values.put("decimal 0.00", new Object[] {"amount", new BigDecimal("0.00")});
        values.put("int min", new Object[] {"intValue", Integer.MIN_VALUE});
        values.put("int max", new Object[] {"intValue", Integer.MAX_VALUE});
        values.put("short max", new Object[] {"shortValue", Short.MAX_VALUE});
        values.put("long 2^53+1", new Object[] {"longValue", 9_007_199_254_740_993L});
        values.put("long min", new Object[] {"longValue", Long.MIN_VALUE});
        values.put("date 0001-01-01", new Object[] {"dayValue", LocalDate.of(1, 1, 1)});
        values.put("date 9999-12-31", new Object[] {"dayValue", LocalDate.of(9999, 12, 31)});
        values.put("date 1582-10-10", new Object[] {"dayValue", LocalDate.of(1582, 10, 10)});
        values.put("date 2024-02-29", new Object[] {"dayValue", LocalDate.of(2024, 2, 29)});
        values.put("date +10000-01-01", new Object[] {"dayValue", LocalDate.of(10_000, 1, 1)});
        values.put("date 0044-03-15 BC", new Object[] {"dayValue", LocalDate.of(-43, 3, 15)});
        values.put("date year 0", new Object[] {"dayValue", LocalDate.of(0, 1, 1)});
        values.put("time midnight", new Object[] {"clockValue", LocalTime.MIDNIGHT});
        values.put("time 23:59:59.999999", new Object[] {"clockValue", LocalTime.of(23, 59, 59, 999_999_000)});
        values.put("time 23:59:59.999999999", new Object[] {"clockValue", LocalTime.MAX});
        values.put("time 12:00:00.000000001", new Object[] {"clockValue", LocalTime.NOON.plusNanos(1)});
        values.put("datetime 0001-01-01T00:00", new Object[] {"localValue", LocalDateTime.of(1, 1, 1, 0, 0)});
        values.put("datetime max micros", new Object[] {"localValue", LocalDateTime.of(9999, 12, 31, 23, 59, 59, 999_999_000)});
        values.put("datetime max nanos", new Object[] {"localValue", LocalDateTime.of(9999, 12, 31, 23, 59, 59, 999_999_999)});
        values.put("datetime St Johns DST gap", new Object[] {"localValue", LocalDateTime.of(2024, 3, 10, 2, 30)});
        values.put("datetime Lord Howe DST gap", new Object[] {"localValue", LocalDateTime.of(2024, 10, 6, 2, 15)});
        values.put("datetime Lord Howe DST overlap", new Object[] {"localValue", LocalDateTime.of(2024, 4, 7, 1, 45)});
        values.put("datetime +10000", new Object[] {"localValue", LocalDateTime.of(10_000, 1, 1, 0, 0)});
        values.put("datetime BC", new Object[] {"localValue", LocalDateTime.of(-43, 3, 15, 12, 0)});
        values.put("offset +14:00", new Object[] {"stampValue", OffsetDateTime.of(2024, 1, 1, 0, 30, 0, 0, ZoneOffset.ofHours(14))});
        values.put("offset -12:00", new Object[] {"stampValue", OffsetDateTime.of(2024, 12, 31, 23, 0, 0, 0, ZoneOffset.ofHours(-12))});
        values.put("offset +05:45", new Object[] {"stampValue", OffsetDateTime.of(2024, 6, 1, 12, 0, 0, 123_456_000, ZoneOffset.ofHoursMinutes(5, 45))});
        values.put("offset -03:30 nanos", new Object[] {"stampValue", OffsetDateTime.of(2024, 6, 1, 12, 0, 0, 1, ZoneOffset.ofHoursMinutes(-3, -30))});
        values.put("offset year 1 UTC", new Object[] {"stampValue", OffsetDateTime.of(1, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC)});
        values.put("instant epoch -1µs", new Object[] {"instantValue", Instant.EPOCH.minusNanos(1000)});
        values.put("instant 9999-12-31", new Object[] {"instantValue", Instant.parse("9999-12-31T23:59:59.999999Z")});
        values.put("instant nanos", new Object[] {"instantValue", Instant.parse("2024-03-10T05:30:00.000000001Z")});
        values.put("instant +10000", new Object[] {"instantValue", Instant.parse("+10000-01-01T00:00:00Z")});
        values.put("uuid max", new Object[] {"uuidValue", new UUID(-1L, -1L)});
        values.put("bytes all 256", new Object[] {"bytesValue", allBytes()});
        values.put("text 10k emoji", new Object[] {"textValue", "😀".repeat(10_000)});
        values.put("text controls", new Object[] {"textValue", "\u0001\u001f\u007f\u2028\u2029\"\\/"});
        values.put("json null", new Object[] {"doc", JsonNodeFactory.instance.nullNode()});
        values.put("json string", new Object[] {"doc", JsonNodeFactory.instance.textNode("null")});
        values.put("json number", new Object[] {"doc", json("12345678901234567890")});
        values.put("json empty object", new Object[] {"doc", json("{}")});
        values.put("json nested", new Object[] {"doc", json("{\"a\":[[[{\"b\":[true,false,null]}]]]}")});
        List<Case> cases = new ArrayList<>();
        long id = 1;
        for (Map.Entry<String, Object[]> e : values.entrySet()) {
            cases.add(new Case(e.getKey(), row(id++, (String) e.getValue()[0], e.getValue()[1])));
        }
        for (Typed matrix : ReferenceData.typedRows()) {
            cases.add(new Case("matrix row " + matrix.id(), withId(matrix, id++)));
        }
        return cases;
    }

    /**
     * @param id the id
     * @return a row with the id and every other attribute null (or zero)
     */
    public static Typed plain(long id) {
        return row(id, "id", id);
    }

    private static Typed row(long id, String attribute, Object value) {
        RecordComponent[] components = Typed.class.getRecordComponents();
        Object[] args = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            Class<?> type = components[i].getType();
            args[i] = type == long.class ? (Object) 0L : type == boolean.class ? (Object) false : null;
            if (components[i].getName().equals(attribute)) {
                args[i] = value;
            }
        }
        args[0] = id;
        return construct(args);
    }

    private static Typed withId(Typed row, long id) {
        Object[] args = values(row);
        args[0] = id;
        return construct(args);
    }

    /**
     * @param row a row
     * @return its attribute values, in record component order
     */
    static Object[] values(Typed row) {
        RecordComponent[] components = Typed.class.getRecordComponents();
        Object[] args = new Object[components.length];
        try {
            for (int i = 0; i < components.length; i++) {
                args[i] = components[i].getAccessor().invoke(row);
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return args;
    }

    /**
     * @param args attribute values, in record component order
     * @return the row
     */
    static Typed construct(Object[] args) {
        RecordComponent[] components = Typed.class.getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
        }
        try {
            return Typed.class.getDeclaredConstructor(types).newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] allBytes() {
        byte[] bytes = new byte[256];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) i;
        }
        return bytes;
    }

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
