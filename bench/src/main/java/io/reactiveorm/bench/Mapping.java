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
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

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

    private static JsonNode tree(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
