package io.reactiveorm.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import io.reactiveorm.spi.BulkColumn;
import io.reactiveorm.spi.ValueKind;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The COPY text encoding of each value kind. */
class CopyTextTest {

    private static String encode(ValueKind kind, Object value) {
        StringBuilder out = new StringBuilder();
        CopyText.value(out, kind, value);
        return out.toString();
    }

    @Test
    void writesYearsPast9999AndBeforeOneAsPostgresReadsThem() {
        assertThat(encode(ValueKind.DATE, LocalDate.of(10_000, 1, 1))).isEqualTo("10000-01-01");
        assertThat(encode(ValueKind.DATE, LocalDate.of(-43, 3, 15))).isEqualTo("0044-03-15 BC");
        assertThat(encode(ValueKind.DATE, LocalDate.of(0, 1, 1))).isEqualTo("0001-01-01 BC");
        assertThat(encode(ValueKind.DATETIME, LocalDateTime.of(-43, 3, 15, 12, 0))).isEqualTo("0044-03-15T12:00 BC");
        assertThat(encode(ValueKind.INSTANT, Instant.parse("+10000-01-01T00:00:00Z"))).isEqualTo("10000-01-01T00:00:00Z");
        assertThat(encode(ValueKind.DATE, LocalDate.of(1, 1, 1))).isEqualTo("0001-01-01");
    }

    @Test
    void escapesTextAndEncodesEachKind() {
        assertThat(encode(ValueKind.STRING, null)).isEqualTo("\\N");
        assertThat(encode(ValueKind.STRING, "")).isEmpty();
        assertThat(encode(ValueKind.STRING, "a\tb\nc\rd\\e Zoë 😀")).isEqualTo("a\\tb\\nc\\rd\\\\e Zoë 😀");
        assertThat(encode(ValueKind.STRING, "\\.")).as("never the end-of-data marker").isEqualTo("\\\\.");
        assertThat(encode(ValueKind.STRING, "\\N")).as("never NULL").isEqualTo("\\\\N");
        assertThat(encode(ValueKind.BYTES, ByteBuffer.wrap(new byte[] {0, (byte) 0xFF, 0x10}))).isEqualTo("\\\\x00ff10");
        assertThat(encode(ValueKind.BYTES, ByteBuffer.wrap(new byte[0]))).isEqualTo("\\\\x");
        assertThat(encode(ValueKind.BOOLEAN, true)).isEqualTo("t");
        assertThat(encode(ValueKind.BOOLEAN, false)).isEqualTo("f");
        assertThat(encode(ValueKind.DECIMAL, new BigDecimal("1E+3"))).isEqualTo("1000");
        assertThat(encode(ValueKind.OFFSET_DATETIME, OffsetDateTime.of(2024, 1, 15, 8, 20, 30, 123_456_000, ZoneOffset.ofHours(2))))
                .isEqualTo("2024-01-15T08:20:30.123456+02:00");
        assertThat(encode(ValueKind.JSON, "{\"a\":\"x\\ny\"}")).isEqualTo("{\"a\":\"x\\\\ny\"}");
    }

    @Test
    void rowsAreTabSeparatedLines() {
        StringBuilder out = new StringBuilder();
        CopyText.row(out, List.of(new BulkColumn("id", ValueKind.LONG, Long.class), new BulkColumn("name", ValueKind.STRING, String.class)),
                new Object[] {7L, null});
        assertThat(out.toString()).isEqualTo("7\t\\N\n");
    }
}
