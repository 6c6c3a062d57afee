package io.reactiveorm.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import io.r2dbc.spi.Connection;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reactor.core.publisher.Flux;

class TypeRoundTripTest {

  @TempDir Path dir;
  SqliteConnectionFactory factory;
  Connection c;

  @BeforeEach
  void setUp() {
    factory = Db.file(dir);
    c = Db.connect(factory);
    Db.update(c, "CREATE TABLE v (id INTEGER PRIMARY KEY, v)" /* no affinity */);
  }

  @AfterEach
  void tearDown() {
    Db.close(c);
    Db.await(factory.close());
  }

  private <T> T roundTrip(Object value, Class<T> type) {
    Db.update(c, "DELETE FROM v");
    Db.update(c, "INSERT INTO v (id, v) VALUES (1, ?)", value);
    return Db.query(c, "SELECT v FROM v WHERE id = 1", r -> r.get("v", type)).get(0);
  }

  private Object stored(Object value) {
    roundTrip(value, Object.class);
    return Db.query(c, "SELECT v FROM v", r -> r.get(0)).get(0);
  }

  @Test
  void numbers() {
    assertThat(roundTrip(42, Integer.class)).isEqualTo(42);
    assertThat(roundTrip((short) -7, Short.class)).isEqualTo((short) -7);
    long big = (1L << 53) + 1;
    assertThat(roundTrip(big, Long.class)).isEqualTo(big);
    assertThat(roundTrip(Long.MIN_VALUE, Long.class)).isEqualTo(Long.MIN_VALUE);
    assertThat(roundTrip(3.25d, Double.class)).isEqualTo(3.25d);
    assertThat(roundTrip(0.1f, Float.class)).isEqualTo(0.1f);
    assertThat(roundTrip(7, long.class)).isEqualTo(7L);
  }

  @Test
  void bigDecimalKeepsPrecisionAndScale() {
    BigDecimal d = new BigDecimal("12345678901234567890.10");
    assertThat(stored(d)).isEqualTo("12345678901234567890.10");
    BigDecimal back = roundTrip(d, BigDecimal.class);
    assertThat(back).isEqualTo(d);
    BigDecimal negativeScale = new BigDecimal("1E+5");
    assertThat(stored(negativeScale)).isEqualTo("1E+5");
    assertThat(roundTrip(negativeScale, BigDecimal.class)).isEqualTo(negativeScale).extracting(BigDecimal::scale).isEqualTo(-5);
    assertThat(back.scale()).isEqualTo(2);
    Db.update(c, "CREATE TABLE money (amount TEXT)");
    Db.update(c, "INSERT INTO money VALUES (?)", d);
    assertThat(Db.query(c, "SELECT amount FROM money", r -> r.get(0, BigDecimal.class)))
        .containsExactly(d);
  }

  @Test
  void booleansAreStoredAsZeroOrOne() {
    assertThat(stored(true)).isEqualTo(1L);
    assertThat(roundTrip(true, Boolean.class)).isTrue();
    assertThat(roundTrip(false, Boolean.class)).isFalse();
  }

  @Test
  void textUuidAndBinary() {
    assertThat(roundTrip("héllo ✓", String.class)).isEqualTo("héllo ✓");
    UUID id = UUID.randomUUID();
    assertThat(stored(id)).isEqualTo(id.toString());
    assertThat(roundTrip(id, UUID.class)).isEqualTo(id);
    byte[] bytes = {0, 1, 2, (byte) 0xff};
    assertThat(roundTrip(bytes, byte[].class)).containsExactly(bytes);
    assertThat(roundTrip(ByteBuffer.wrap(bytes), ByteBuffer.class)).isEqualTo(ByteBuffer.wrap(bytes));
    assertThat(stored(bytes)).as("a BLOB's default Java type").isEqualTo(ByteBuffer.wrap(bytes));
  }

  @Test
  void localDateAndTimes() {
    LocalDate date = LocalDate.of(2024, 1, 15);
    assertThat(stored(date)).isEqualTo("2024-01-15");
    assertThat(roundTrip(date, LocalDate.class)).isEqualTo(date);
    LocalTime time = LocalTime.of(8, 20, 30, 123_456_000);
    assertThat(stored(time)).isEqualTo("08:20:30.123456");
    assertThat(roundTrip(time, LocalTime.class)).isEqualTo(time);
    LocalDateTime dt = LocalDateTime.of(2024, 1, 15, 8, 20, 30);
    assertThat(stored(dt)).isEqualTo("2024-01-15T08:20:30.000000");
    assertThat(roundTrip(dt, LocalDateTime.class)).isEqualTo(dt);
  }

  @Test
  void instantsAreUtcWithFixedMicroseconds() {
    OffsetDateTime odt = OffsetDateTime.of(2024, 1, 15, 10, 20, 30, 123_456_000,
        ZoneOffset.ofHours(2));
    assertThat(stored(odt)).isEqualTo("2024-01-15T08:20:30.123456Z");
    OffsetDateTime back = roundTrip(odt, OffsetDateTime.class);
    assertThat(back.isEqual(odt)).isTrue();
    assertThat(back.getOffset()).isEqualTo(ZoneOffset.UTC);
    Instant instant = Instant.parse("2024-01-15T08:20:30Z");
    assertThat(stored(instant)).isEqualTo("2024-01-15T08:20:30.000000Z");
    assertThat(roundTrip(instant, Instant.class)).isEqualTo(instant);
  }

  @Test
  void textOrderIsTimeOrder() {
    Db.update(c, "CREATE TABLE ev (at TEXT)");
    Instant base = Instant.parse("2024-01-15T08:20:30Z");
    List<Instant> times = List.of(base.plusNanos(100_000_000), base, base.plusNanos(1_000));
    times.forEach(t -> Db.update(c, "INSERT INTO ev (at) VALUES (?)", t));
    assertThat(Db.query(c, "SELECT at FROM ev ORDER BY at", r -> r.get(0, Instant.class)))
        .containsExactly(base, base.plusNanos(1_000), base.plusNanos(100_000_000));
  }

  @Test
  void bindNullAndNamedBinding() {
    Flux.from(c.createStatement("INSERT INTO v (id, v) VALUES ($1, $2)")
        .bind("$1", 5).bindNull("$2", String.class).execute()).blockLast(Db.TIMEOUT);
    assertThat(Db.query(c, "SELECT v IS NULL, v FROM v WHERE id = 5",
        r -> r.get(0, Boolean.class) + "/" + r.get(1, String.class))).containsExactly("true/null");
    Flux.from(c.createStatement("INSERT INTO v (id, v) VALUES (?, ?)")
        .bind(0, 6).bindNull(1, Integer.class).execute()).blockLast(Db.TIMEOUT);
    assertThat(Db.query(c, "SELECT count(*) FROM v WHERE v IS NULL", r -> r.get(0, Long.class)))
        .containsExactly(2L);
  }
}
