package io.reactiveorm.bench;

import io.reactiveorm.bench.model.Blog.Comment;
import io.reactiveorm.bench.model.Blog.Post;
import io.reactiveorm.bench.model.Blog.User;
import io.reactiveorm.bench.model.Library.Book;
import io.reactiveorm.bench.model.Library.Person;
import io.reactiveorm.bench.model.Library.Review;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Turns results into comparable lines, one per root, holding exactly the loaded fields. */
final class Normalize {
    private Normalize() {
    }

    static List<String> of(List<?> roots) {
        List<String> out = new ArrayList<>(roots.size());
        for (Object root : roots) {
            out.add(line(root));
        }
        return out;
    }

    private static String line(Object root) {
        if (root instanceof String summary) {
            return summary;
        }
        if (root instanceof Book b) {
            return b.id() + "|" + b.title() + "|" + person(b.author()) + "|" + b.reviews().stream()
                    .map(Normalize::review).collect(Collectors.joining(";", "[", "]"));
        }
        if (root instanceof User u) {
            return user(u);
        }
        if (root instanceof Post p) {
            return p.id() + "|" + p.title() + "|" + p.createdAt() + "|" + user(p.author()) + "|" + p.category().id()
                    + "," + p.category().name() + "|" + p.comments().stream().map(Normalize::comment)
                    .collect(Collectors.joining(";", "[", "]"));
        }
        if (root instanceof Person p) {
            return person(p) + "|" + books(p);
        }
        throw new IllegalArgumentException("cannot normalize " + root.getClass());
    }

    private static String review(Review r) {
        return r.id() + "," + r.title() + "," + person(r.reviewer()) + "," + books(r.reviewer());
    }

    private static String comment(Comment c) {
        return c.id() + "," + c.body() + "," + c.createdAt() + "," + user(c.author());
    }

    private static String person(Person p) {
        return p.id() + "," + p.firstname() + "," + p.lastname();
    }

    private static String books(Person p) {
        return p.books().stream().map(b -> b.id() + ":" + b.title()).collect(Collectors.joining(" ", "{", "}"));
    }

    private static String user(User u) {
        return u.id() + "," + u.name() + "," + u.email();
    }
}
