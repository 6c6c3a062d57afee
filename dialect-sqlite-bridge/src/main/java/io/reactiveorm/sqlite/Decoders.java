package io.reactiveorm.sqlite;

import io.r2dbc.spi.Blob;
import io.r2dbc.spi.Clob;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import reactor.core.publisher.Mono;

/** Storage values ({@code Long}, {@code Double}, {@code String}, {@code byte[]}) to Java types. */
final class Decoders {

  private Decoders() {}

  /** Normalises a JDBC {@code getObject} value to a storage value (integers become Long). */
  static Object storage(Object jdbcValue) {
    if (jdbcValue instanceof Integer i) {
      return i.longValue();
    }
    return jdbcValue;
  }

  @SuppressWarnings("unchecked")
  static <T> T decode(Object v, Class<T> type) {
    if (v == null) {
      if (type.isPrimitive()) {
        throw new NullPointerException("NULL cannot be read as " + type);
      }
      return null;
    }
    Class<?> target = wrap(type);
    if (target == Object.class && v instanceof byte[] bytes) {
      return (T) ByteBuffer.wrap(bytes.clone()); // the SPI's default Java type for a BLOB
    }
    if (target == Object.class || target.isInstance(v)) {
      return (T) v;
    }
    try {
      return (T) convert(v, target);
    } catch (NumberFormatException | DateTimeParseException | ArithmeticException e) {
      throw new IllegalArgumentException(
          "Cannot read " + v.getClass().getSimpleName() + " '" + v + "' as " + type.getName(), e);
    }
  }

  private static Object convert(Object v, Class<?> t) {
    if (t == String.class) {
      return v instanceof byte[] ? fail(v, t) : v.toString();
    }
    if (t == Long.class) {
      return v instanceof Number n ? exactLong(n) : Long.parseLong(text(v, t).trim());
    }
    if (t == Integer.class) {
      return Math.toIntExact((Long) convert(v, Long.class));
    }
    if (t == Short.class) {
      long l = (Long) convert(v, Long.class);
      if (l != (short) l) {
        throw new ArithmeticException("short overflow");
      }
      return (short) l;
    }
    if (t == Byte.class) {
      long l = (Long) convert(v, Long.class);
      if (l != (byte) l) {
        throw new ArithmeticException("byte overflow");
      }
      return (byte) l;
    }
    if (t == Double.class) {
      return v instanceof Number n ? n.doubleValue() : Double.parseDouble(text(v, t));
    }
    if (t == Float.class) {
      return v instanceof Number n ? n.floatValue() : Float.parseFloat(text(v, t));
    }
    if (t == Boolean.class) {
      if (v instanceof Number n) {
        return n.doubleValue() != 0;
      }
      String s = text(v, t).trim();
      return s.equalsIgnoreCase("true") || s.equals("1");
    }
    if (t == BigDecimal.class || t == Number.class) {
      if (v instanceof Long l) {
        return BigDecimal.valueOf(l);
      }
      return v instanceof Double d ? BigDecimal.valueOf(d) : new BigDecimal(text(v, t).trim());
    }
    if (t == BigInteger.class) {
      return v instanceof Long l ? BigInteger.valueOf(l) : new BigInteger(text(v, t).trim());
    }
    if (t == byte[].class) {
      return v instanceof byte[] ? v : text(v, t).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
    if (t == ByteBuffer.class) {
      return ByteBuffer.wrap((byte[]) convert(v, byte[].class));
    }
    if (t == Blob.class) {
      return Blob.from(Mono.just(ByteBuffer.wrap((byte[]) convert(v, byte[].class))));
    }
    if (t == Clob.class) {
      return Clob.from(Mono.just((String) convert(v, String.class)));
    }
    if (t == LocalDate.class) {
      String s = text(v, t);
      return LocalDate.parse(s.length() > 10 ? s.substring(0, 10) : s);
    }
    if (t == LocalTime.class) {
      return LocalTime.parse(text(v, t));
    }
    if (t == LocalDateTime.class) {
      return LocalDateTime.parse(text(v, t).replace(' ', 'T'));
    }
    if (t == Instant.class) {
      return instant(text(v, t));
    }
    if (t == OffsetDateTime.class) {
      return instant(text(v, t)).atOffset(ZoneOffset.UTC);
    }
    if (t == ZonedDateTime.class) {
      return instant(text(v, t)).atZone(ZoneOffset.UTC);
    }
    if (t == UUID.class) {
      if (v instanceof byte[] b && b.length == 16) {
        ByteBuffer buffer = ByteBuffer.wrap(b);
        return new UUID(buffer.getLong(), buffer.getLong());
      }
      return UUID.fromString(text(v, t));
    }
    if (t.isEnum()) {
      return enumValue(t, text(v, t));
    }
    return fail(v, t);
  }

  /** Reads ISO-8601 text with an offset or {@code Z} (none: UTC), {@code ' '} allowed for {@code 'T'}. */
  static Instant instant(String s) {
    String iso = s.replace(' ', 'T');
    boolean zoned = iso.endsWith("Z") || iso.lastIndexOf('+') > 10 || iso.lastIndexOf('-') > 10;
    return zoned
        ? OffsetDateTime.parse(iso, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant()
        : LocalDateTime.parse(iso).toInstant(ZoneOffset.UTC);
  }

  private static long exactLong(Number n) {
    if (n instanceof Double d) {
      if (d != Math.rint(d) || Double.isInfinite(d)) {
        throw new ArithmeticException("not an integral value: " + d);
      }
      return (long) (double) d;
    }
    return n.longValue();
  }

  private static String text(Object v, Class<?> t) {
    if (v instanceof String s) {
      return s;
    }
    return fail(v, t);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Object enumValue(Class<?> t, String name) {
    return Enum.valueOf((Class) t, name);
  }

  private static <X> X fail(Object v, Class<?> t) {
    throw new IllegalArgumentException(
        "Cannot read " + v.getClass().getSimpleName() + " as " + t.getName());
  }

  static Class<?> wrap(Class<?> type) {
    if (!type.isPrimitive()) {
      return type;
    }
    if (type == int.class) {
      return Integer.class;
    }
    if (type == long.class) {
      return Long.class;
    }
    if (type == double.class) {
      return Double.class;
    }
    if (type == boolean.class) {
      return Boolean.class;
    }
    if (type == float.class) {
      return Float.class;
    }
    if (type == short.class) {
      return Short.class;
    }
    return type == byte.class ? Byte.class : type;
  }
}
