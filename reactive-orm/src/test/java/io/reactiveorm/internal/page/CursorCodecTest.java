package io.reactiveorm.internal.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.reactiveorm.InvalidQueryException;
import io.reactiveorm.h2.H2DialectProvider;
import io.reactiveorm.internal.model.Attribute;
import io.reactiveorm.internal.plan.SortKey;
import io.reactiveorm.spi.Dialect;
import io.reactiveorm.spi.ValueKind;
import io.reactiveorm.spi.ValueLimits;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Cursor round trips per value kind, URL safety, and rejection of edited, foreign and mis-signed cursors. */
class CursorCodecTest {
    enum Colour { RED, GREEN }

    private static final Object[][] VALUES = {
        {ValueKind.STRING, String.class, "héllo ✓"}, {ValueKind.INTEGER, Integer.class, -7},
        {ValueKind.LONG, Long.class, Long.MAX_VALUE}, {ValueKind.SHORT, Short.class, (short) 3},
        {ValueKind.BOOLEAN, Boolean.class, true}, {ValueKind.DECIMAL, BigDecimal.class, new BigDecimal("12.3400")},
        {ValueKind.DOUBLE, Double.class, 0.1}, {ValueKind.FLOAT, Float.class, 1.5f},
        {ValueKind.DATE, LocalDate.class, LocalDate.of(1969, 7, 20)}, {ValueKind.TIME, LocalTime.class, LocalTime.of(23, 59, 59, 123456000)},
        {ValueKind.DATETIME, LocalDateTime.class, LocalDateTime.of(2024, 2, 29, 12, 0, 0, 1000)},
        {ValueKind.OFFSET_DATETIME, OffsetDateTime.class, OffsetDateTime.of(2024, 1, 1, 10, 0, 0, 5000, ZoneOffset.ofHours(2))},
        {ValueKind.INSTANT, Instant.class, Instant.ofEpochSecond(-1, 999_000)}, {ValueKind.UUID, UUID.class, UUID.randomUUID()},
        {ValueKind.ENUM, Colour.class, Colour.GREEN}, {ValueKind.STRING, String.class, null},
    };

    /** H2's SQL with the limits most databases have: years 1 to 9999, microseconds. */
    private static final Dialect DIALECT = new Dialect("iso", H2DialectProvider.dialect().sql(),
            H2DialectProvider.dialect().json(), H2DialectProvider.dialect().capabilities().withValues(ValueLimits.ISO),
            H2DialectProvider.dialect().bulk());

    private static List<SortKey> keys() {
        List<SortKey> keys = new ArrayList<>();
        for (int i = 0; i < VALUES.length; i++) {
            Object[] v = VALUES[i];
            Class<?> type = (Class<?>) v[1];
            keys.add(new SortKey("k" + i, new Attribute("k" + i, "k" + i, type, (ValueKind) v[0], i), i % 2 == 0, true, i % 2 != 0));
        }
        return keys;
    }

    private static Object[] values() {
        Object[] out = new Object[VALUES.length];
        for (int i = 0; i < VALUES.length; i++) {
            out[i] = VALUES[i][VALUES[i].length - 1];
        }
        return out;
    }

    @Test
    void everyKindRoundTripsExactlyInAUrlSafeToken() {
        CursorCodec codec = new CursorCodec(null, DIALECT);
        String cursor = codec.encode(CursorCodecTest.class, keys(), values());
        assertThat(cursor).matches("[A-Za-z0-9_-]+");
        assertThat(codec.decode(cursor, CursorCodecTest.class, keys())).containsExactly(values());
        assertThat(((BigDecimal) codec.decode(cursor, CursorCodecTest.class, keys())[5]).scale()).isEqualTo(4);
    }

    @Test
    void anotherSortOrEntityOrKeyIsRejected() {
        CursorCodec codec = new CursorCodec(null, DIALECT);
        String cursor = codec.encode(CursorCodecTest.class, keys(), values());
        List<SortKey> flipped = new ArrayList<>(keys());
        SortKey first = flipped.get(0);
        flipped.set(0, new SortKey(first.path(), first.attribute(), !first.descending(), true, first.descending()));
        assertThatThrownBy(() -> codec.decode(cursor, CursorCodecTest.class, flipped))
                .isInstanceOf(InvalidQueryException.class).hasMessageContaining("another query");
        List<SortKey> nullsMoved = new ArrayList<>(keys());
        nullsMoved.set(0, new SortKey(first.path(), first.attribute(), first.descending(), true, !first.nullsLast()));
        assertThatThrownBy(() -> codec.decode(cursor, CursorCodecTest.class, nullsMoved))
                .isInstanceOf(InvalidQueryException.class).hasMessageContaining("another query")
                .hasMessageContaining("k0 desc nulls last");
        assertThatThrownBy(() -> codec.decode(cursor, String.class, keys()))
                .isInstanceOf(InvalidQueryException.class).hasMessageContaining("another query");
        CursorCodec signed = new CursorCodec("sixteen byte key".getBytes(), DIALECT);
        String signedCursor = signed.encode(CursorCodecTest.class, keys(), values());
        assertThat(signed.decode(signedCursor, CursorCodecTest.class, keys())).containsExactly(values());
        assertThatThrownBy(() -> new CursorCodec("another key 16 b".getBytes(), DIALECT).decode(signedCursor, CursorCodecTest.class, keys()))
                .isInstanceOf(InvalidQueryException.class).hasMessageContaining("signed with another key");
        assertThatThrownBy(() -> signed.decode(cursor, CursorCodecTest.class, keys())).isInstanceOf(InvalidQueryException.class);
    }

    @Test
    void aForgedValueNoRowCanHoldIsRejected() {
        CursorCodec codec = new CursorCodec(null, DIALECT);
        Attribute day = new Attribute("day", "day", LocalDate.class, ValueKind.DATE, 0);
        List<SortKey> byDay = List.of(new SortKey("day", day, false, true, true));
        String forged = codec.encode(CursorCodecTest.class, byDay, new Object[] {LocalDate.of(-997_000, 1, 1)});
        assertThatThrownBy(() -> codec.decode(forged, CursorCodecTest.class, byDay))
                .isInstanceOf(InvalidQueryException.class).hasMessageContaining("invalid page cursor")
                .hasMessageContaining("CursorCodecTest.day");
        String nanos = codec.encode(CursorCodecTest.class, byDay, new Object[] {LocalDate.of(9999, 12, 31)});
        assertThat(codec.decode(nanos, CursorCodecTest.class, byDay)).containsExactly(LocalDate.of(9999, 12, 31));
    }
}
