package io.reactiveorm.bench.jmh;

import io.reactiveorm.JsonEncoding;
import io.reactiveorm.bench.Words;
import java.nio.charset.StandardCharsets;

/**
 * Representative root rows of the reference tree, in the text PostgreSQL's {@code json_build_array} /
 * {@code json_build_object} / {@code json_agg} produce for the ORM's SQL (same spacing): 2 to 6 reviews per book
 * (4 on average), 3 to 7 books per reviewer (5 on average).
 */
final class ReferenceJson {
    private final JsonEncoding encoding;
    private final StringBuilder out = new StringBuilder();

    private ReferenceJson(JsonEncoding encoding) {
        this.encoding = encoding;
    }

    /**
     * @param encoding the encoding
     * @param rows how many root rows
     * @return one UTF-8 JSON document per book; the same books for both encodings
     */
    static byte[][] books(JsonEncoding encoding, int rows) {
        Words words = new Words(42);
        byte[][] result = new byte[rows][];
        long reviewId = 1;
        for (int i = 0; i < rows; i++) {
            ReferenceJson json = new ReferenceJson(encoding);
            long bookId = 20_001 + i;
            json.open().value(0, bookId).text(1, words.title());
            json.key(2).open().value(0, 1 + words.nextInt(10_000)).text(1, words.firstname()).text(2, words.lastname()).close();
            json.key(3).out.append('[');
            int reviews = 2 + words.nextInt(5);
            for (int r = 0; r < reviews; r++) {
                if (r > 0) {
                    json.out.append(", ");
                }
                json.open().value(0, reviewId++).text(1, words.title());
                long reviewer = 1 + words.nextInt(10_000);
                json.key(2).open().value(0, reviewer).text(1, words.firstname()).text(2, words.lastname());
                json.key(3).out.append('[');
                int books = 3 + words.nextInt(5);
                for (int b = 0; b < books; b++) {
                    if (b > 0) {
                        json.out.append(", ");
                    }
                    json.open().value(0, reviewer * 5 + b).text(1, words.title()).close();
                }
                json.out.append(']');
                json.close().close();
            }
            json.out.append(']');
            json.close();
            result[i] = json.out.toString().getBytes(StandardCharsets.UTF_8);
        }
        return result;
    }

    private boolean first = true;

    private ReferenceJson open() {
        out.append(encoding == JsonEncoding.ARRAYS ? '[' : '{');
        first = true;
        return this;
    }

    private ReferenceJson close() {
        out.append(encoding == JsonEncoding.ARRAYS ? ']' : '}');
        first = false;
        return this;
    }

    private ReferenceJson key(int position) {
        if (!first) {
            out.append(", ");
        }
        first = false;
        if (encoding == JsonEncoding.KEYS) {
            out.append('"').append(position).append("\" : ");
        }
        return this;
    }

    private ReferenceJson value(int position, long value) {
        key(position).out.append(value);
        return this;
    }

    private ReferenceJson text(int position, String value) {
        key(position).out.append('"').append(value).append('"');
        return this;
    }
}
