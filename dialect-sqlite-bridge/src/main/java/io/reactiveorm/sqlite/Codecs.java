package io.reactiveorm.sqlite;

import io.r2dbc.spi.Blob;
import io.r2dbc.spi.Clob;
import io.r2dbc.spi.Parameter;
import java.io.ByteArrayOutputStream;
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
import java.util.List;
import java.util.UUID;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Java values to SQLite storage values (see the package documentation for the conventions).
 * Storage values are {@code null}, {@link Long}, {@link Double}, {@link String} or {@code byte[]}.
 */
final class Codecs {

  static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSSSSS");
  static final DateTimeFormatter LOCAL_DATE_TIME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS");
  static final DateTimeFormatter UTC_DATE_TIME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

  /** The storage value of a bound SQL NULL. */
  record Null(Class<?> type) {}

  private Codecs() {}

  /** Converts a bound value to its storage form; throws for unsupported types. */
  static Object encode(Object value) {
    if (value instanceof Parameter p) {
      return p.getValue() == null ? new Null(p.getType().getJavaType()) : encode(p.getValue());
    }
    if (value == null) {
      throw new IllegalArgumentException("Use bindNull to bind a null value");
    }
    if (value instanceof String || value instanceof Long || value instanceof Double
        || value instanceof byte[] || value instanceof Blob || value instanceof Clob) {
      return value; // a Blob or Clob is read when the statement executes: readLobs
    }
    if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
      return ((Number) value).longValue();
    }
    if (value instanceof Float f) {
      return Double.valueOf(f.toString()); // 0.1f stays 0.1, not 0.10000000149
    }
    if (value instanceof Boolean b) {
      return b ? 1L : 0L;
    }
    if (value instanceof BigDecimal d) {
      return d.scale() < 0 ? d.toString() : d.toPlainString(); // 1E+5 keeps its scale -5
    }
    if (value instanceof BigInteger i) {
      return i.toString();
    }
    if (value instanceof ByteBuffer buffer) {
      ByteBuffer copy = buffer.duplicate();
      byte[] bytes = new byte[copy.remaining()];
      copy.get(bytes);
      return bytes;
    }
    if (value instanceof LocalDate d) {
      return d.toString();
    }
    if (value instanceof LocalTime t) {
      return TIME.format(t);
    }
    if (value instanceof LocalDateTime t) {
      return LOCAL_DATE_TIME.format(t);
    }
    if (value instanceof OffsetDateTime t) {
      return UTC_DATE_TIME.format(t.toInstant());
    }
    if (value instanceof ZonedDateTime t) {
      return UTC_DATE_TIME.format(t.toInstant());
    }
    if (value instanceof Instant t) {
      return UTC_DATE_TIME.format(t);
    }
    if (value instanceof UUID u) {
      return u.toString();
    }
    if (value instanceof Character c) {
      return c.toString();
    }
    if (value instanceof Enum<?> e) {
      return e.name();
    }
    throw new IllegalArgumentException("Unsupported bind value type: " + value.getClass().getName());
  }

  /**
   * Reads the {@code Blob} and {@code Clob} values among bound storage values, without blocking.
   *
   * @param values storage values, some of which may be a {@code Blob} or {@code Clob}
   * @return a copy with each read into {@code byte[]} or {@code String}
   */
  static Mono<Object[]> readLobs(Object[] values) {
    return Flux.range(0, values.length).concatMap(i -> {
      Object v = values[i];
      if (v instanceof Blob blob) {
        return Flux.from(blob.stream()).collect(ByteArrayOutputStream::new, Codecs::append)
            .map(out -> (Object) out.toByteArray());
      }
      if (v instanceof Clob clob) {
        return Flux.from(clob.stream()).collect(StringBuilder::new, StringBuilder::append)
            .map(text -> (Object) text.toString());
      }
      return Mono.just(v);
    }).collectList().map(List::toArray);
  }

  private static void append(ByteArrayOutputStream out, ByteBuffer buffer) {
    ByteBuffer copy = buffer.duplicate();
    byte[] bytes = new byte[copy.remaining()];
    copy.get(bytes);
    out.write(bytes, 0, bytes.length);
  }

  /** Binds a storage value on a bridge thread. */
  static void bind(java.sql.PreparedStatement ps, int index, Object storage)
      throws java.sql.SQLException {
    if (storage instanceof Null) {
      ps.setNull(index, java.sql.Types.NULL);
    } else if (storage instanceof Long l) {
      ps.setLong(index, l);
    } else if (storage instanceof Double d) {
      ps.setDouble(index, d);
    } else if (storage instanceof byte[] b) {
      ps.setBytes(index, b);
    } else {
      ps.setString(index, (String) storage);
    }
  }
}
