package io.reactiveorm.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.Statement;
import io.reactiveorm.spi.SqlSyntax;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Deterministic reference data for the conformance suite, inserted with plain bind-parameter INSERTs: awkward text
 * (quotes, backslashes, tabs, newlines, control characters, emoji), NULL to-one references, parents without
 * children, and more children than per-include limits.
 */
public final class ReferenceData {
    static final String[] AWKWARD = {"Jörg O'Brien", "Zoë \"Z\" Back\\slash", "李 😀 Emoji", "tab\there", "line\nbreak",
            "ctrl\u0001char", "50% off_sale!", "plain"};

    private final SqlSyntax sql;

    /** @param sql the dialect's bind markers and JSON parameters */
    public ReferenceData(SqlSyntax sql) {
        this.sql = sql;
    }

    /** @return typed rows: every type filled, extreme values, and all nulls */
    public static List<Typed> typedRows() {
        JsonNode doc;
        try {
            doc = JsonMapper.builder().build().readTree("{\"a\":[1,2.50,\"x\"],\"b\":{\"c\":null},\"d\":\"Zoë 😀\"}");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return List.of(
                new Typed(1L, "Jörg O'Brien \"q\" \\ \t\n 😀", 42, 9_007_199_254_740_993L, (short) 7, true,
                        new BigDecimal("12345678901234567890.10"), 0.1 + 0.2, 3.25f, LocalDate.of(1843, 9, 1),
                        LocalTime.of(10, 20, 30, 500_000_000), LocalDateTime.of(2020, 2, 29, 10, 20, 30, 123_456_000),
                        OffsetDateTime.of(2024, 1, 15, 8, 20, 30, 123_456_000, ZoneOffset.UTC),
                        Instant.parse("2023-06-01T00:00:00.000001Z"), UUID.fromString("1b4e28ba-2fa1-11d2-883f-0016d3cca427"),
                        new byte[] {0, (byte) 0xFF, 0x10, (byte) 0xDE, (byte) 0xAD}, Typed.Mood.GRUMPY, doc, Long.MIN_VALUE, true),
                new Typed(2L, "", Integer.MIN_VALUE, Long.MAX_VALUE, Short.MIN_VALUE, false, new BigDecimal("0.00"), 1e-7,
                        -0.5f, LocalDate.of(2999, 12, 31), LocalTime.MIDNIGHT, LocalDateTime.of(1970, 1, 1, 0, 0),
                        OffsetDateTime.of(1999, 12, 31, 23, 59, 59, 999_999_000, ZoneOffset.UTC), Instant.EPOCH,
                        new UUID(0, 0), new byte[0], Typed.Mood.HAPPY, JsonMapper.builder().build().createArrayNode(),
                        Long.MAX_VALUE, false),
                new Typed(3L, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                        null, 0L, false));
    }

    /**
     * Inserts every reference table's rows.
     *
     * @param connections where to insert
     * @return completes when all rows are in
     */
    public Mono<Void> insert(ConnectionFactory connections) {
        return Mono.usingWhen(connections.create(), c -> Flux.concat(
                insert(c, "person", new String[] {"id", "firstname", "lastname"}, new Class<?>[] {Long.class, String.class, String.class}, persons()),
                insert(c, "book", new String[] {"id", "title", "published_at", "author_id"}, new Class<?>[] {Long.class, String.class, LocalDate.class, Long.class}, books()),
                insert(c, "review", new String[] {"id", "book_id", "reviewer_id", "title"}, new Class<?>[] {Long.class, Long.class, Long.class, String.class}, reviews()),
                insert(c, "users", new String[] {"id", "name", "email"}, new Class<?>[] {Long.class, String.class, String.class}, users()),
                insert(c, "category", new String[] {"id", "name", "parent_id"}, new Class<?>[] {Long.class, String.class, Long.class}, categories()),
                insert(c, "tag", new String[] {"id", "name"}, new Class<?>[] {Long.class, String.class}, tags()),
                insert(c, "post", new String[] {"id", "title", "user_id", "category_id", "created_at"}, new Class<?>[] {Long.class, String.class, Long.class, Long.class, LocalDateTime.class}, posts()),
                insert(c, "post_tag", new String[] {"post_id", "tag_id"}, new Class<?>[] {Long.class, Long.class}, postTags()),
                insert(c, "comment", new String[] {"id", "post_id", "user_id", "body", "created_at"}, new Class<?>[] {Long.class, Long.class, Long.class, String.class, LocalDateTime.class}, comments()),
                insertTyped(c),
                insert(c, "typed_holder", new String[] {"id", "typed_id"}, new Class<?>[] {Long.class, Long.class},
                        List.of(new Object[] {1L, 1L}, new Object[] {2L, null}))).then(), Connection::close);
    }

    static List<Object[]> persons() {
        List<Object[]> rows = new ArrayList<>();
        for (long id = 1; id <= 40; id++) {
            String first = id <= AWKWARD.length ? AWKWARD[(int) id - 1] : "First" + id;
            String last = id == 4 ? null : "Last" + (id % 7);
            rows.add(new Object[] {id, first, last});
        }
        return rows;
    }

    static List<Object[]> books() {
        List<Object[]> rows = new ArrayList<>();
        for (long id = 1; id <= 60; id++) {
            Long author = id == 1 ? null : (id * 7) % 34 + 1;
            if (author != null && author == 4) {
                author = 5L;
            }
            LocalDate date = id == 1 ? null : LocalDate.of(2000 + (int) (id % 25), 1 + (int) (id % 12), 1 + (int) (id % 28));
            String title = id == 2 ? "Empty" : id == 1 ? "Orphan" : "Book " + id + " " + AWKWARD[(int) (id % AWKWARD.length)];
            rows.add(new Object[] {id, title, date, author});
        }
        return rows;
    }

    static List<Object[]> reviews() {
        List<Object[]> rows = new ArrayList<>();
        for (long id = 1; id <= 220; id++) {
            long book = (id * 13) % 59 + 1;
            if (book == 2) {
                book = 3;
            }
            Long reviewer = id % 9 == 0 ? null : (id * 11) % 40 + 1;
            String title = id % 10 == 0 ? null : "Review " + id + " " + AWKWARD[(int) (id % AWKWARD.length)];
            rows.add(new Object[] {id, book, reviewer, title});
        }
        return rows;
    }

    static List<Object[]> users() {
        List<Object[]> rows = new ArrayList<>();
        for (long id = 1; id <= 20; id++) {
            rows.add(new Object[] {id, "user" + id, id % 5 == 0 ? null : "user" + id + "@example.org"});
        }
        return rows;
    }

    static List<Object[]> categories() {
        List<Object[]> rows = new ArrayList<>();
        for (long id = 1; id <= 6; id++) {
            rows.add(new Object[] {id, "category " + id, id > 3 ? id - 3 : null});
        }
        return rows;
    }

    static List<Object[]> tags() {
        List<Object[]> rows = new ArrayList<>();
        for (long id = 1; id <= 8; id++) {
            rows.add(new Object[] {id, "tag" + id});
        }
        return rows;
    }

    static List<Object[]> posts() {
        List<Object[]> rows = new ArrayList<>();
        for (long id = 1; id <= 40; id++) {
            rows.add(new Object[] {id, "Post " + id, (id % 20) + 1, id % 7 == 0 ? null : (id % 6) + 1,
                    LocalDateTime.of(2024, 1, 1, 0, 0).plusHours(id * 5).plusNanos(id * 1000)});
        }
        return rows;
    }

    static List<Object[]> postTags() {
        List<Object[]> rows = new ArrayList<>();
        for (long post = 1; post <= 40; post++) {
            for (long tag = 1; tag <= 8; tag++) {
                if ((post + tag) % 3 == 0 && post % 5 != 0) {
                    rows.add(new Object[] {post, tag});
                }
            }
        }
        return rows;
    }

    static List<Object[]> comments() {
        List<Object[]> rows = new ArrayList<>();
        long id = 1;
        for (long post = 1; post <= 40; post++) {
            long n = post % 4 == 0 ? 0 : (post * 17) % 31;
            for (long k = 0; k < n; k++) {
                rows.add(new Object[] {id, post, (id % 20) + 1, "comment " + id + " " + AWKWARD[(int) (id % AWKWARD.length)],
                        LocalDateTime.of(2024, 2, 1, 0, 0).plusMinutes((id * 37) % 1000).plusNanos(id * 1000)});
                id++;
            }
        }
        return rows;
    }

    private Mono<Void> insertTyped(Connection c) {
        String[] columns = {"id", "holder_id", "text_value", "int_value", "long_value", "short_value", "flag", "amount",
                "ratio", "score", "day_value", "clock_value", "local_value", "stamp_value", "instant_value", "uuid_value",
                "bytes_value", "mood", "doc", "primitive_long", "primitive_flag"};
        Class<?>[] types = {Long.class, Long.class, String.class, Integer.class, Long.class, Short.class, Boolean.class,
                BigDecimal.class, Double.class, Float.class, LocalDate.class, LocalTime.class, LocalDateTime.class,
                OffsetDateTime.class, Instant.class, UUID.class, ByteBuffer.class, String.class, String.class, Long.class,
                Boolean.class};
        List<Object[]> rows = new ArrayList<>();
        for (Typed t : typedRows()) {
            rows.add(new Object[] {t.id(), t.id() == 3 ? null : 1L, t.textValue(), t.intValue(), t.longValue(), t.shortValue(), t.flag(),
                    t.amount(), t.ratio(), t.score(), t.dayValue(), t.clockValue(), t.localValue(), t.stampValue(),
                    t.instantValue(), t.uuidValue(), t.bytesValue() == null ? null : ByteBuffer.wrap(t.bytesValue()),
                    t.mood() == null ? null : t.mood().name(), t.doc() == null ? null : t.doc().toString(),
                    t.primitiveLong(), t.primitiveFlag()});
        }
        return insert(c, "typed", columns, types, rows);
    }

    Mono<Void> insert(Connection c, String table, String[] columns, Class<?>[] types, List<Object[]> rows) {
        List<String> markers = new ArrayList<>();
        for (int i = 0; i < columns.length; i++) {
            String marker = sql.bindMarker(i);
            markers.add(columns[i].equals("doc") ? sql.jsonParameter(marker) : marker);
        }
        String text = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES (" + String.join(", ", markers) + ")";
        return Flux.fromIterable(rows).concatMap(row -> {
            Statement statement = c.createStatement(text);
            for (int i = 0; i < row.length; i++) {
                if (row[i] == null) {
                    statement.bindNull(i, types[i]);
                } else {
                    statement.bind(i, row[i]);
                }
            }
            return Flux.from(statement.execute()).concatMap(r -> r.getRowsUpdated());
        }).then();
    }
}
