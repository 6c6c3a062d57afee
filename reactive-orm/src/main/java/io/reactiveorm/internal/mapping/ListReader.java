package io.reactiveorm.internal.mapping;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Reads a JSON array of entities into an unmodifiable list; JSON null reads as an empty list. */
public final class ListReader implements ValueReader {
    private final ValueReader element;

    /** @param element reads each element */
    public ListReader(ValueReader element) {
        this.element = element;
    }

    @Override
    public Object read(JsonParser parser) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_NULL) {
            return List.of();
        }
        if (token != JsonToken.START_ARRAY) {
            throw new IOException("expected an array, got " + token);
        }
        List<Object> out = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            out.add(element.read(parser));
        }
        return Collections.unmodifiableList(out);
    }
}
