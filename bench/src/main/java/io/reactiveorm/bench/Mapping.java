package io.reactiveorm.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.reactiveorm.bench.model.Blog.Category;
import io.reactiveorm.bench.model.Blog.Comment;
import io.reactiveorm.bench.model.Blog.Post;
import io.reactiveorm.bench.model.Blog.User;
import io.reactiveorm.bench.model.Library.Book;
import io.reactiveorm.bench.model.Library.Person;
import io.reactiveorm.bench.model.Library.Review;
import io.reactiveorm.bench.model.Rows.Event;
import io.reactiveorm.bench.model.Rows.LoadRow;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The hand-written SQL and row mapping shared by the raw R2DBC and JDBC implementations: one statement per query,
 * nested rows as positional JSON arrays ({@code json_build_array} / {@code json_agg}), read with Jackson's tree model.
 */
final class Mapping {
    static final String BOOKS = "SELECT b.id, b.title, a.id, a.firstname, a.lastname,"
            + " COALESCE((SELECT json_agg(json_build_array(r.id, r.title, rv.id, rv.firstname, rv.lastname,"
            + " COALESCE((SELECT json_agg(json_build_array(rb.id, rb.title) ORDER BY rb.id) FROM book rb WHERE rb.author_id = rv.id), '[]'))"
            + " ORDER BY r.id) FROM review r JOIN person rv ON rv.id = r.reviewer_id WHERE r.book_id = b.id), '[]')"
            + " FROM book b JOIN person a ON a.id = b.author_id WHERE b.id BETWEEN $1 AND $2 ORDER BY b.id";
    static final String USER = "SELECT id, name, email FROM users WHERE id = $1";
    static final String POSTS = "SELECT p.id, p.title, p.created_at, u.id, u.name, u.email, c.id, c.name,"
            + " (SELECT COALESCE(json_agg(json_build_array(x.id, x.body, x.created_at, x.uid, x.uname, x.uemail)"
            + " ORDER BY x.created_at DESC, x.id), '[]') FROM (SELECT cm.id, cm.body, cm.created_at, cu.id AS uid,"
            + " cu.name AS uname, cu.email AS uemail FROM comment cm JOIN users cu ON cu.id = cm.user_id"
            + " WHERE cm.post_id = p.id ORDER BY cm.created_at DESC, cm.id LIMIT 20) x)"
            + " FROM post p JOIN users u ON u.id = p.user_id LEFT JOIN category c ON c.id = p.category_id"
            + " WHERE p.category_id = $1 ORDER BY p.created_at DESC, p.id LIMIT 20";
    static final String INSERT_USER = "INSERT INTO users (id, name, email) VALUES ($1, $2, $3)";
    static final String UPDATE_USER = "UPDATE users SET name = $1, email = $2 WHERE id = $3";
    static final String INSERT_CATEGORY = "INSERT INTO category (id, name) VALUES ($1, $2)";
    static final String INSERT_POST = "INSERT INTO post (id, title, user_id, category_id, created_at) VALUES ($1, $2, $3, $4, $5)";
    static final String INSERT_COMMENT = "INSERT INTO comment (id, post_id, user_id, body, created_at) VALUES ($1, $2, $3, $4, $5)";
    static final String EXPORT = "SELECT id, name, amount, created_at, note FROM event ORDER BY id";
    static final String COPY_LOAD = "COPY event_load (id, name, amount, created_at, note) FROM STDIN";
    static final String FIRST_PAGE = "SELECT p.id, p.firstname, p.lastname,"
            + " COALESCE((SELECT json_agg(json_build_array(b.id, b.title) ORDER BY b.id) FROM book b WHERE b.author_id = p.id), '[]')"
            + " FROM person p ORDER BY p.id LIMIT $1";

    private static final ObjectMapper JSON = new ObjectMapper();

    private Mapping() {
    }

    /** Reads one column of the current row. */
    interface Columns {
        Long longValue(int index);

        String string(int index);

        LocalDateTime timestamp(int index);

        BigDecimal decimal(int index);
    }

    static Book book(Columns row) {
        List<Review> reviews = new ArrayList<>();
        for (JsonNode r : tree(row.string(5))) {
            List<Book> books = new ArrayList<>();
            for (JsonNode b : r.get(5)) {
                books.add(new Book(b.get(0).longValue(), b.get(1).textValue(), null, null));
            }
            reviews.add(new Review(r.get(0).longValue(), r.get(1).textValue(),
                    new Person(r.get(2).longValue(), r.get(3).textValue(), r.get(4).textValue(), books)));
        }
        return new Book(row.longValue(0), row.string(1),
                new Person(row.longValue(2), row.string(3), row.string(4), null), reviews);
    }

    static User user(Columns row) {
        return new User(row.longValue(0), row.string(1), row.string(2));
    }

    static Post post(Columns row) {
        List<Comment> comments = new ArrayList<>();
        for (JsonNode c : tree(row.string(8))) {
            comments.add(new Comment(c.get(0).longValue(), c.get(1).textValue(), LocalDateTime.parse(c.get(2).textValue()),
                    new User(c.get(3).longValue(), c.get(4).textValue(), c.get(5).textValue())));
        }
        return new Post(row.longValue(0), row.string(1), row.timestamp(2),
                new User(row.longValue(3), row.string(4), row.string(5)),
                new Category(row.longValue(6), row.string(7)), comments);
    }

    static Person person(Columns row) {
        List<Book> books = new ArrayList<>();
        for (JsonNode b : tree(row.string(3))) {
            books.add(new Book(b.get(0).longValue(), b.get(1).textValue(), null, null));
        }
        return new Person(row.longValue(0), row.string(1), row.string(2), books);
    }

    static Event event(Columns row) {
        return new Event(row.longValue(0), row.string(1), row.decimal(2), row.timestamp(3), row.string(4));
    }

    /**
     * @param rows rows of {@code event_load}
     * @return the rows in COPY text format (tab-separated, backslash escapes, {@code \N} for NULL), UTF-8
     */
    static byte[] copyText(List<LoadRow> rows) {
        StringBuilder out = new StringBuilder(rows.size() * 80);
        for (LoadRow r : rows) {
            out.append(r.id()).append('\t');
            copyText(out, r.name());
            out.append('\t').append(r.amount().toPlainString()).append('\t').append(r.createdAt()).append('\t');
            copyText(out, r.note());
            out.append('\n');
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void copyText(StringBuilder out, @Nullable String value) {
        if (value == null) {
            out.append("\\N");
            return;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
    }

    private static JsonNode tree(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
