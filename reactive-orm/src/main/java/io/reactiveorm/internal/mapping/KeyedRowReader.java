package io.reactiveorm.internal.mapping;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.Objects;

/** Reads a keyset page row {@code [root, key0, key1, ..]} into a {@link KeyedRow}. */
public final class KeyedRowReader implements ValueReader {
    private final ValueReader root;
    private final ValueReader[] keys;

    /**
     * @param root reads the root object
     * @param keys reads each sort-key value
     */
    public KeyedRowReader(ValueReader root, ValueReader[] keys) {
        this.root = root;
        this.keys = keys.clone();
    }

    @Override
    public Object read(JsonParser parser) throws IOException {
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            throw new IOException("expected a page row array, got " + parser.currentToken());
        }
        parser.nextToken();
        Object entity = root.read(parser);
        if (entity == null) {
            throw new IOException("the root row is null");
        }
        Object[] values = new Object[keys.length];
        for (int i = 0; i < keys.length; i++) {
            if (parser.nextToken() == JsonToken.END_ARRAY) {
                throw new IOException("expected " + keys.length + " sort-key values, got " + i);
            }
            values[i] = keys[i].read(parser);
        }
        if (parser.nextToken() != JsonToken.END_ARRAY) {
            throw new IOException("more than " + keys.length + " sort-key values");
        }
        return new KeyedRow(Objects.requireNonNull(entity), values);
    }
}
