package io.reactiveorm.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.reactiveorm.bench.model.Rows.Event;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * Where an export goes: each row is written as one NDJSON line (Jackson streaming generator) to a stream that only
 * counts bytes, and folded into an order-sensitive hash, so that two exports compare by {@link #summary()}.
 */
final class ExportSink {
    private static final JsonFactory JSON = new JsonFactory();

    private final CountingStream out = new CountingStream();
    private final JsonGenerator json;
    private long rows;
    private long hash = 17;

    ExportSink() {
        try {
            json = JSON.createGenerator(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @param e the next row */
    void write(Event e) {
        try {
            json.writeStartObject();
            json.writeNumberField("id", e.id());
            json.writeStringField("name", e.name());
            json.writeFieldName("amount");
            json.writeNumber(e.amount());
            json.writeStringField("createdAt", e.createdAt().toString());
            json.writeStringField("note", e.note());
            json.writeEndObject();
            json.writeRaw('\n');
        } catch (IOException x) {
            throw new UncheckedIOException(x);
        }
        rows++;
        String line = e.id() + "|" + e.name() + "|" + e.amount().stripTrailingZeros().toPlainString() + "|" + e.createdAt() + "|" + e.note();
        hash = hash * 1_000_003 + line.hashCode();
    }

    /** @return rows written */
    long rows() {
        return rows;
    }

    /** @return rows, NDJSON bytes and hash of what was written */
    String summary() {
        try {
            json.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "rows=" + rows + " bytes=" + out.bytes + " hash=" + Long.toHexString(hash);
    }

    private static final class CountingStream extends OutputStream {
        long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }
    }
}
