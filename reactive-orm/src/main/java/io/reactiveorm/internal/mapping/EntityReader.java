package io.reactiveorm.internal.mapping;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.reactiveorm.internal.model.EntityFactory;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * Reads one entity from a positional array ({@code [v0, v1, ..]}) or a compressed-key object
 * ({@code {"0": v0, "1": v1, ..}}, keys in base 36): element {@code i} goes to slot {@code slots[i]} through
 * {@code readers[i]}.
 */
public final class EntityReader implements ValueReader {
    private final String entity;
    private final EntityFactory factory;
    private final int[] slots;
    private final ValueReader[] readers;

    /**
     * @param entity the entity name, for messages
     * @param factory builds the instance
     * @param slots the slot of each element
     * @param readers the reader of each element
     */
    public EntityReader(String entity, EntityFactory factory, int[] slots, ValueReader[] readers) {
        this.entity = entity;
        this.factory = factory;
        this.slots = slots.clone();
        this.readers = readers.clone();
    }

    @Override
    public @Nullable Object read(JsonParser parser) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        Object[] values = factory.newValues();
        if (token == JsonToken.START_ARRAY) {
            for (int i = 0; i < readers.length; i++) {
                if (parser.nextToken() == JsonToken.END_ARRAY) {
                    throw new IOException(entity + ": expected " + readers.length + " elements, got " + i);
                }
                values[slots[i]] = readers[i].read(parser);
            }
            if (parser.nextToken() != JsonToken.END_ARRAY) {
                throw new IOException(entity + ": more than " + readers.length + " elements");
            }
        } else if (token == JsonToken.START_OBJECT) {
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                int i = index(parser.currentName());
                parser.nextToken();
                values[slots[i]] = readers[i].read(parser);
            }
        } else {
            throw new IOException(entity + ": expected an array or object, got " + token);
        }
        return factory.create(values);
    }

    private int index(String key) throws IOException {
        int i = key.length() == 1 ? Character.digit(key.charAt(0), 36) : Integer.parseInt(key, 36);
        if (i < 0 || i >= readers.length) {
            throw new IOException(entity + ": unexpected key '" + key + "'");
        }
        return i;
    }
}
