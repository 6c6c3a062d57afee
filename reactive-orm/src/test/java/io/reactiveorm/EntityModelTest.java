package io.reactiveorm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.reactiveorm.internal.model.EntityModel;
import io.reactiveorm.internal.model.EntityModels;
import io.reactiveorm.internal.model.RelationKind;
import io.reactiveorm.conformance.Blog;
import io.reactiveorm.conformance.Library;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EntityModelTest {
    private final EntityModels models = new EntityModels();

    record NoId(String name) {
    }

    record BadType(Long id, Map<String, String> attributes) {
    }

    record UnannotatedList(Long id, List<String> names) {
    }

    record BadTarget(Long id, @BelongsTo(foreignKey = "x_id") Runnable x) {
    }

    record BadColumn(Long id, @Column("name; drop table") String name) {
    }

    record BadCount(Long id, @Count("nothing") Long n) {
    }

    static final class PlainClass {
        Long id;
        String title;
    }

    @Test
    void readsRecordsWithEveryRelationKind() {
        EntityModel post = models.get(Blog.Post.class);
        assertThat(post.table()).isEqualTo("post");
        assertThat(post.id().name()).isEqualTo("id");
        assertThat(post.attribute("createdAt").orElseThrow().column()).isEqualTo("created_at");
        assertThat(post.relation("tags").orElseThrow().kind()).isEqualTo(RelationKind.MANY_TO_MANY);
        assertThat(post.relation("comments").orElseThrow().kind()).isEqualTo(RelationKind.HAS_MANY);
        assertThat(post.relation("author").orElseThrow().kind()).isEqualTo(RelationKind.BELONGS_TO);
        assertThat(models.get(Library.Person.class).relation("books").orElseThrow().target()).isEqualTo(Library.Book.class);
        assertThat(models.get(Blog.Category.class).relation("parent").orElseThrow().target()).isEqualTo(Blog.Category.class);
    }

    @Test
    void readsPlainClasses() {
        EntityModel model = models.get(PlainClass.class);
        assertThat(model.table()).isEqualTo("plain_class");
        Object instance = model.factory().create(new Object[] {7L, "t"});
        assertThat(((PlainClass) instance).id).isEqualTo(7L);
        assertThat(((PlainClass) instance).title).isEqualTo("t");
    }

    @Test
    void errorsNameTheClassTheAttributeAndTheFix() {
        assertThatThrownBy(() -> models.get(NoId.class)).isInstanceOf(MappingException.class)
                .hasMessage("NoId has no id: mark one attribute @Id or name it 'id'");
        assertThatThrownBy(() -> models.get(BadType.class)).hasMessageStartingWith("BadType.attributes: type java.util.Map is not supported");
        assertThatThrownBy(() -> models.get(UnannotatedList.class)).hasMessage("UnannotatedList.names: a List attribute needs @HasMany or @ManyToMany (or @Transient)");
        assertThatThrownBy(() -> models.get(BadTarget.class)).hasMessageContaining("java.lang.Runnable is not an entity");
        assertThatThrownBy(() -> models.get(BadColumn.class)).hasMessageContaining("BadColumn.name: @Column 'name; drop table' is not a valid SQL identifier");
        assertThatThrownBy(() -> models.get(BadCount.class)).hasMessageContaining("@Count(\"nothing\") must name a @HasMany or @ManyToMany relation");
    }
}
