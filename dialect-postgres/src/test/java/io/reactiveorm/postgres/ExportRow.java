package io.reactiveorm.postgres;

import com.fasterxml.jackson.core.JsonGenerator;
import io.reactiveorm.Column;
import io.reactiveorm.Id;
import io.reactiveorm.Table;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One row of the export table, and how it is written as one NDJSON line.
 *
 * @param id the id
 * @param name a name
 * @param amount an exact amount
 * @param created a date
 * @param note a nullable text
 */
@Table("export_row")
record ExportRow(@Id Long id, String name, BigDecimal amount, @Column(nullable = false) LocalDate created, String note) {

    /** The DDL and a 1,000,000-row load with generate_series. */
    static final String[] SCHEMA = {
        "CREATE TABLE export_row (id bigint PRIMARY KEY, name text NOT NULL, amount numeric(12, 2) NOT NULL, "
                + "created date NOT NULL, note text)",
        "INSERT INTO export_row SELECT g, 'name ' || g, (g % 100000) / 100.0, DATE '2000-01-01' + (g % 9000), "
                + "CASE WHEN g % 5 = 0 THEN NULL ELSE repeat('note ', 4) || g END FROM generate_series(1, 1000000) g",
        "ANALYZE export_row"};

    /** Writes rows as NDJSON to an output stream. */
    static final class Writer {
        private final JsonGenerator json;

        Writer(JsonGenerator json) {
            this.json = json;
        }

        void write(ExportRow row) {
            try {
                json.writeStartObject();
                json.writeNumberField("id", row.id());
                json.writeStringField("name", row.name());
                json.writeNumberField("amount", row.amount());
                json.writeStringField("created", row.created().toString());
                json.writeStringField("note", row.note());
                json.writeEndObject();
                json.writeRaw('\n');
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        void flush() {
            try {
                json.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** An output stream that only counts bytes (a sink with no blocking I/O). */
    static final class CountingSink extends OutputStream {
        private long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }

        long bytes() {
            return bytes;
        }
    }
}
