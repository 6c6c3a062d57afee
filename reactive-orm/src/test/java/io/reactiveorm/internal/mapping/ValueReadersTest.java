package io.reactiveorm.internal.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import io.reactiveorm.spi.Capabilities.BinaryText;
import io.reactiveorm.spi.ValueKind;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The readers accept every form the dialects produce, not just ISO-8601 with 4-digit years. */
class ValueReadersTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static Object read(ValueKind kind, String json) throws IOException {
        try (JsonParser p = JSON.createParser(json)) {
            p.nextToken();
            return ValueReaders.of(kind, Object.class, BinaryText.HEX).read(p);
        }
    }

    @Test
    void readsYearsPast9999AndBeforeOne() throws IOException {
        assertThat(read(ValueKind.DATE, "\"10000-01-01\"")).isEqualTo(LocalDate.of(10_000, 1, 1));
        assertThat(read(ValueKind.DATE, "\"+10000-01-01\"")).isEqualTo(LocalDate.of(10_000, 1, 1));
        assertThat(read(ValueKind.DATE, "\"0044-03-15 BC\"")).as("PostgreSQL").isEqualTo(LocalDate.of(-43, 3, 15));
        assertThat(read(ValueKind.DATE, "\"0001-01-01 BC\"")).isEqualTo(LocalDate.of(0, 1, 1));
        assertThat(read(ValueKind.DATE, "\"-0043-03-15\"")).as("H2").isEqualTo(LocalDate.of(-43, 3, 15));
        assertThat(read(ValueKind.DATETIME, "\"0044-03-15T12:00:00 BC\"")).isEqualTo(LocalDateTime.of(-43, 3, 15, 12, 0));
        assertThat(read(ValueKind.DATETIME, "\"10000-01-01 00:00:00.5\"")).isEqualTo(LocalDateTime.of(10_000, 1, 1, 0, 0, 0, 500_000_000));
        assertThat(read(ValueKind.INSTANT, "\"10000-01-01T00:00:00+00:00\"")).isEqualTo(Instant.parse("+10000-01-01T00:00:00Z"));
        assertThat(read(ValueKind.OFFSET_DATETIME, "\"0044-03-15T12:00:00+02:00 BC\""))
                .isEqualTo(OffsetDateTime.of(-43, 3, 15, 10, 0, 0, 0, ZoneOffset.UTC));
    }

    @Test
    void readsPostgresInfinityAndTheEndOfDay() throws IOException {
        assertThat(read(ValueKind.DATE, "\"infinity\"")).isEqualTo(LocalDate.MAX);
        assertThat(read(ValueKind.DATE, "\"-infinity\"")).isEqualTo(LocalDate.MIN);
        assertThat(read(ValueKind.INSTANT, "\"infinity\"")).isEqualTo(Instant.MAX);
        assertThat(read(ValueKind.TIME, "\"24:00:00\"")).as("the latest LocalTime, as pgjdbc reads it").isEqualTo(LocalTime.MAX);
    }

    @Test
    void readsNonFiniteFloatsFromStrings() throws IOException {
        assertThat(read(ValueKind.DOUBLE, "\"NaN\"")).isEqualTo(Double.NaN);
        assertThat(read(ValueKind.DOUBLE, "\"-Infinity\"")).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(read(ValueKind.FLOAT, "\"Infinity\"")).isEqualTo(Float.POSITIVE_INFINITY);
        assertThat(read(ValueKind.FLOAT, "3.1415927410125732")).as("a float's exact double value").isEqualTo(3.1415927f);
    }

    @Test
    void tellsJsonNullFromSqlNull() throws IOException {
        assertThat(read(ValueKind.JSON, "null")).as("SQL NULL").isNull();
        assertThat(read(ValueKind.JSON, "[null]")).as("JSON null").isEqualTo(NullNode.getInstance());
        assertThat(read(ValueKind.JSON, "[{\"a\":[1]}]")).isEqualTo(JSON.readTree("{\"a\":[1]}"));
    }
}
