package io.reactiveorm.spring;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.module.SimpleModule;

/**
 * Lets Jackson 3 (Spring Boot 4's JSON codecs) write and read the ORM's JSON attributes, which are Jackson 2 trees
 * ({@code com.fasterxml.jackson.databind.JsonNode}): written as the JSON they hold, read from any JSON value.
 * Without it Jackson 3 serialises such a tree as a bean of its getters.
 */
public final class JacksonTreesModule extends SimpleModule {
    private static final long serialVersionUID = 1L;
    private static final ObjectMapper JACKSON2 = new ObjectMapper();

    /** Registers the serializer and deserializer of Jackson 2 trees. */
    public JacksonTreesModule() {
        super("reactive-orm-jackson2-trees");
        addSerializer(JsonNode.class, new Writer());
        addDeserializer(JsonNode.class, new Reader());
    }

    private static final class Writer extends ValueSerializer<JsonNode> {
        @Override
        public void serialize(JsonNode value, JsonGenerator generator, SerializationContext context) {
            generator.writeRawValue(value.toString());
        }
    }

    private static final class Reader extends ValueDeserializer<JsonNode> {
        @Override
        public JsonNode deserialize(JsonParser parser, DeserializationContext context) {
            String json = context.readTree(parser).toString();
            try {
                return JACKSON2.readTree(json);
            } catch (JsonProcessingException e) {
                throw InvalidFormatException.from(parser, "not JSON: " + e.getOriginalMessage(), json, JsonNode.class);
            }
        }
    }
}
