package io.reactiveorm.bench.hibernate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Hibernate Reactive entities over the harness tables: mutable classes with field access, lazy to-one relations and
 * mapped-by collections, as JPA users write them. Nested classes need {@code @Entity(name = ..)} to be found by HQL.
 * Fields are only read where the query fetched them (a lazy proxy's fields are not its target's).
 */
public final class Entities {
    private Entities() {
    }

    /** A person: author of books, reviewer of books. */
    @Entity(name = "HPerson")
    @Table(name = "person")
    public static class HPerson {
        @Id
        public Long id;
        public String firstname;
        public @Nullable String lastname;
        @OneToMany(mappedBy = "author")
        public List<HBook> books = new ArrayList<>();
    }

    /** A book with its author and reviews. */
    @Entity(name = "HBook")
    @Table(name = "book")
    public static class HBook {
        @Id
        public Long id;
        public String title;
        @ManyToOne(fetch = FetchType.LAZY)
        @JoinColumn(name = "author_id")
        public HPerson author;
        @OneToMany(mappedBy = "book")
        public List<HReview> reviews = new ArrayList<>();
    }

    /** A review of a book by a reviewer. */
    @Entity(name = "HReview")
    @Table(name = "review")
    public static class HReview {
        @Id
        public Long id;
        public @Nullable String title;
        @ManyToOne(fetch = FetchType.LAZY)
        @JoinColumn(name = "book_id")
        public HBook book;
        @ManyToOne(fetch = FetchType.LAZY)
        @JoinColumn(name = "reviewer_id")
        public HPerson reviewer;
    }

    /** A user (author of posts and comments). */
    @Entity(name = "HUser")
    @Table(name = "users")
    public static class HUser {
        @Id
        public Long id;
        public String name;
        public @Nullable String email;

        /** For Hibernate. */
        public HUser() {
        }

        public HUser(Long id, String name, @Nullable String email) {
            this.id = id;
            this.name = name;
            this.email = email;
        }
    }

    /** A category of posts. */
    @Entity(name = "HCategory")
    @Table(name = "category")
    public static class HCategory {
        @Id
        public Long id;
        public String name;
    }

    /** A post with its author and category. */
    @Entity(name = "HPost")
    @Table(name = "post")
    public static class HPost {
        @Id
        public Long id;
        public String title;
        @Column(name = "created_at")
        public LocalDateTime createdAt;
        @ManyToOne(fetch = FetchType.LAZY)
        @JoinColumn(name = "user_id")
        public HUser author;
        @ManyToOne(fetch = FetchType.LAZY)
        @JoinColumn(name = "category_id")
        public HCategory category;
    }

    /** A comment on a post; {@code postId} is the read-only view of the post relation's column. */
    @Entity(name = "HComment")
    @Table(name = "comment")
    public static class HComment {
        @Id
        public Long id;
        public String body;
        @Column(name = "created_at")
        public LocalDateTime createdAt;
        @ManyToOne(fetch = FetchType.LAZY)
        @JoinColumn(name = "post_id")
        public HPost post;
        @Column(name = "post_id", insertable = false, updatable = false)
        public Long postId;
        @ManyToOne(fetch = FetchType.LAZY)
        @JoinColumn(name = "user_id")
        public HUser author;
    }

    /** A row of the export table. */
    @Entity(name = "HEvent")
    @Table(name = "event")
    public static class HEvent {
        @Id
        public Long id;
        public String name;
        public BigDecimal amount;
        @Column(name = "created_at")
        public LocalDateTime createdAt;
        public @Nullable String note;
    }
}
