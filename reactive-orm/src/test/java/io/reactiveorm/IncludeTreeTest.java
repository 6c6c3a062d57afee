package io.reactiveorm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IncludeTreeTest {

    @Test
    void textMapAndBuilderFormsAreEqual() {
        IncludeTree built = IncludeTree.builder().fields("title")
                .include("author", a -> a.fields("firstname", "lastname"))
                .include("reviews", r -> r.fields("title").orderBy(Sort.desc("id"), Sort.asc("title")).limit(10)
                        .include("reviewer", p -> p.fields("firstname")))
                .count("reviews")
                .build();
        IncludeTree parsed = IncludeTree.parse(" title, author(firstname, lastname),\n reviews[limit=10,orderBy=-id,title](title,reviewer(firstname)), _count(reviews)");
        Map<String, Object> reviews = new LinkedHashMap<>();
        reviews.put("title", true);
        reviews.put("_limit", 10);
        reviews.put("_orderBy", "-id,title");
        reviews.put("reviewer", Map.of("firstname", true));
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("title", true);
        Map<String, Object> author = new LinkedHashMap<>();
        author.put("firstname", true);
        author.put("lastname", true);
        root.put("author", author);
        root.put("reviews", reviews);
        root.put("_count", List.of("reviews"));
        assertThat(parsed).isEqualTo(built);
        assertThat(IncludeTree.fromMap(root)).isEqualTo(built);
        assertThat(built.nodeCount()).isEqualTo(3);
    }

    @Test
    void bareNamesAndEmptyTextParse() {
        assertThat(IncludeTree.parse("")).isEqualTo(IncludeTree.ALL_FIELDS);
        assertThat(IncludeTree.parse("author").fields()).containsExactly("author");
        assertThat(IncludeTree.parse("author()").includes()).extracting(IncludeTree.Include::relation).containsExactly("author");
    }

    @Test
    void sortsSayWhereNullsGoInEveryForm() {
        IncludeTree built = IncludeTree.builder().include("tasks", t -> t.orderBy(Sort.desc("due").nullsLast(),
                Sort.asc("priority").nullsFirst(), Sort.desc("cost"), Sort.asc("id")).limit(3)).build();
        IncludeTree parsed = IncludeTree.parse("tasks[orderBy = -due nulls last, priority NULLS FIRST, -cost, id, limit = 3]");
        assertThat(parsed).isEqualTo(built);
        assertThat(IncludeTree.fromMap(Map.of("tasks", Map.of("_orderBy", "-due nulls last,priority nulls first,-cost,id",
                "_limit", 3)))).isEqualTo(built);
        assertThat(List.of(Sort.desc("due"), Sort.asc("due"), Sort.desc("due").nullsLast(), Sort.asc("due").nullsFirst()))
                .as("the default: NULLs greater than every value").extracting(Sort::toString)
                .containsExactly("due desc", "due asc", "due desc nulls last", "due asc nulls first");
        assertThat(Sort.desc("due").nullsFirst()).isEqualTo(Sort.desc("due"));
        assertThatThrownBy(() -> IncludeTree.parse("tasks[orderBy=-due nulls middle]"))
                .isInstanceOf(InvalidQueryException.class).hasMessageContaining("expected 'first' or 'last' after 'nulls'");
        assertThatThrownBy(() -> IncludeTree.fromMap(Map.of("tasks", Map.of("_orderBy", "-due nulls"))))
                .isInstanceOf(InvalidQueryException.class).hasMessageContaining("expected 'first' or 'last'");
    }

    @Test
    void malformedTextNamesThePosition() {
        assertThatThrownBy(() -> IncludeTree.parse("title,author(firstname"))
                .isInstanceOf(InvalidQueryException.class).hasMessageContaining("position 22").hasMessageContaining("expected ')'");
        assertThatThrownBy(() -> IncludeTree.parse("reviews[size=3](title)"))
                .isInstanceOf(InvalidQueryException.class).hasMessageContaining("unknown option 'size'");
        assertThatThrownBy(() -> IncludeTree.parse("title,,x")).hasMessageContaining("expected a name but found ','");
        assertThatThrownBy(() -> IncludeTree.parse("a)")).hasMessageContaining("unexpected ')'");
    }

    @Test
    void mapFormRejectsWrongValues() {
        assertThatThrownBy(() -> IncludeTree.fromMap(Map.of("author", Map.of("x", 3))))
                .isInstanceOf(InvalidQueryException.class).hasMessageContaining("'author.x' must be true");
        assertThatThrownBy(() -> IncludeTree.fromMap(Map.of("reviews", Map.of("_limit", "ten"))))
                .hasMessageContaining("'reviews._limit' must be an integer");
    }

    @Test
    void likeEscapingEscapesWildcards() {
        assertThat(Filter.contains("title", "50%_off!")).isEqualTo(new Filter.Like("title", "%50!%!_off!!%"));
    }

    @Test
    void filterArgumentsAreChecked() {
        assertThatThrownBy(() -> Filter.eq("title", null)).isInstanceOf(NullPointerException.class)
                .hasMessage("value for title must not be null: use Filter.isNull");
    }
}
