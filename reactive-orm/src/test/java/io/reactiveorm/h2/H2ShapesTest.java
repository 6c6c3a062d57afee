package io.reactiveorm.h2;

import static org.assertj.core.api.Assertions.assertThat;

import io.reactiveorm.Column;
import io.reactiveorm.Filter;
import io.reactiveorm.HasOne;
import io.reactiveorm.Id;
import io.reactiveorm.ManyToMany;
import io.reactiveorm.Orm;
import io.reactiveorm.Sort;
import io.reactiveorm.Table;
import io.reactiveorm.testing.TestDatabase;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * H2 shapes the conformance suite does not reach: a limited, filtered many-to-many (the join and the bound filter
 * appear twice in the SQL), a has-one ({@code FETCH FIRST 1 ROWS ONLY} in a scalar subquery), an offset without a
 * limit, and a column named by a reserved word.
 */
class H2ShapesTest {

    @RegisterExtension
    static final TestDatabase db = TestDatabase.h2();

    private static Orm orm;

    @Table("article")
    record Article(@Id Long id, String title,
                   @ManyToMany(joinTable = "article_label", joinColumn = "article_id", inverseJoinColumn = "label_id") List<Label> labels,
                   @HasOne(foreignKey = "article_id") Cover cover) {
    }

    @Table("label")
    record Label(@Id Long id, String name, @Column("value") String value) {
    }

    @Table("cover")
    record Cover(@Id Long id, String caption) {
    }

    @BeforeAll
    static void createData() {
        db.execute(
                "CREATE TABLE article (id BIGINT PRIMARY KEY, title VARCHAR NOT NULL)",
                "CREATE TABLE label (id BIGINT PRIMARY KEY, name VARCHAR NOT NULL, \"VALUE\" VARCHAR)",
                "CREATE TABLE article_label (article_id BIGINT NOT NULL, label_id BIGINT NOT NULL, PRIMARY KEY (article_id, label_id))",
                "CREATE TABLE cover (id BIGINT PRIMARY KEY, article_id BIGINT NOT NULL, caption VARCHAR)",
                "INSERT INTO article VALUES (1, 'one'), (2, 'two'), (3, 'three')",
                "INSERT INTO label VALUES (1, 'a', 'v1'), (2, 'b', NULL), (3, 'c', 'v3'), (4, 'd', 'v4')",
                "INSERT INTO article_label VALUES (1, 1), (1, 2), (1, 3), (1, 4), (2, 2), (2, 4), (3, 2)",
                "INSERT INTO cover VALUES (10, 1, 'second'), (5, 1, 'first'), (7, 2, NULL)").block(Duration.ofSeconds(30));
        orm = Orm.builder(db.connectionFactory()).pool(true, 2).build();
    }

    @AfterAll
    static void close() {
        orm.close().block(Duration.ofSeconds(10));
    }

    @Test
    void limitedFilteredManyToManyKeepsEachParentsFirstRows() {
        List<Article> articles = orm.from(Article.class)
                .includeTree(t -> t.fields("title").include("labels", l -> l.where(Filter.ne("name", "b"))
                        .orderBy(Sort.desc("name")).limit(2)))
                .orderBy(Sort.asc("id")).fetchAll().collectList().block(Duration.ofSeconds(30));
        assertThat(articles).extracting(Article::id).containsExactly(1L, 2L, 3L);
        assertThat(articles.get(0).labels()).containsExactly(new Label(4L, "d", "v4"), new Label(3L, "c", "v3"));
        assertThat(articles.get(1).labels()).containsExactly(new Label(4L, "d", "v4"));
        assertThat(articles.get(2).labels()).as("only label b, filtered out").isEmpty();
    }

    @Test
    void hasOneTakesTheFirstByIdOrNull() {
        List<Article> articles = orm.from(Article.class).includeTree(t -> t.fields("title").include("cover"))
                .orderBy(Sort.asc("id")).fetchAll().collectList().block(Duration.ofSeconds(30));
        assertThat(articles).extracting(Article::cover)
                .containsExactly(new Cover(5L, "first"), new Cover(7L, null), null);
    }

    @Test
    void offsetWithoutLimitAndLimitWithoutOffset() {
        assertThat(orm.from(Article.class).orderBy(Sort.asc("id")).offset(1).fetchAll().map(Article::id).collectList()
                .block(Duration.ofSeconds(30))).containsExactly(2L, 3L);
        assertThat(orm.from(Article.class).orderBy(Sort.desc("id")).limit(1).fetchAll().map(Article::id).collectList()
                .block(Duration.ofSeconds(30))).containsExactly(3L);
    }

    @Test
    void reservedWordColumnsAreQuoted() {
        assertThat(orm.from(Label.class).where(Filter.isNull("value")).fetchAll().collectList().block(Duration.ofSeconds(30)))
                .containsExactly(new Label(2L, "b", null));
    }
}
