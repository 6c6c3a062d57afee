package io.reactiveorm.internal.mapping;

import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/** Reads one JSON value, whose first token is the parser's current token, into a Java value. */
@FunctionalInterface
public interface ValueReader {

    /**
     * @param parser positioned on the value's first token; left on its last token
     * @return the value, or null for JSON null
     * @throws IOException if the JSON is malformed or holds the wrong kind of value
     */
    @Nullable Object read(JsonParser parser) throws IOException;
}
