package io.reactiveorm.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.reactiveorm.IncludeTree;
import io.reactiveorm.InvalidQueryException;
import io.reactiveorm.Orm;
import io.reactiveorm.conformance.Library.Book;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Include trees from a hostile client: nested 10,000 deep, cyclic, huge or over-long. Each ends in a typed
 * {@link InvalidQueryException}, never a {@link StackOverflowError}, and before any SQL exists.
 */
class HostileIncludeTreeTest {
    private static final int DEEP = 10_000;
    private static Orm orm;

    @BeforeAll
    static void offlineOrm() {
        orm = Orm.connect("r2dbc:h2:mem:///hostile-include-tree"); // toSql() needs no connection
    }

    @AfterAll
    static void close() {
        orm.close().block();
    }

    @Test
    void textNestedTenThousandDeepIsRejectedWhileParsing() {
        String deep = "reviews(book(".repeat(DEEP / 2) + ")".repeat(DEEP);
        assertThatThrownBy(() -> IncludeTree.parse(deep)).isInstanceOf(InvalidQueryException.class)
                .hasMessageContaining("longer than 10000 characters");
        String deepWithinLength = "a(".repeat(4_999);
        assertThatThrownBy(() -> IncludeTree.parse(deepWithinLength)).isInstanceOf(InvalidQueryException.class)
                .hasMessageContaining("nested deeper than " + IncludeTree.MAX_DEPTH);
    }

    @Test
    void textOfOneMegabyteOrUnbalancedIsRejected() {
        assertThatThrownBy(() -> IncludeTree.parse("title,".repeat(200_000))).isInstanceOf(InvalidQueryException.class);
        assertThatThrownBy(() -> IncludeTree.parse("author(" + ")".repeat(50))).isInstanceOf(InvalidQueryException.class)
                .hasMessageContaining("unexpected ')'");
        assertThatThrownBy(() -> IncludeTree.parse("(".repeat(5_000))).isInstanceOf(InvalidQueryException.class);
        assertThatThrownBy(() -> IncludeTree.parse("author[limit=-1](title)")).isInstanceOf(InvalidQueryException.class);
    }

    @Test
    void mapNestedTenThousandDeepIsRejectedWhileReading() {
        Map<String, Object> root = new HashMap<>();
        Map<String, Object> at = root;
        for (int i = 0; i < DEEP; i++) {
            Map<String, Object> child = new HashMap<>();
            at.put("reviews", child);
            at = child;
        }
        assertThatThrownBy(() -> IncludeTree.fromMap(root)).isInstanceOf(InvalidQueryException.class)
                .hasMessageContaining("nests deeper than " + IncludeTree.MAX_DEPTH);
    }

    @Test
    void cyclicHugeAndNegativeMapsAreRejected() {
        Map<String, Object> cyclic = new HashMap<>();
        cyclic.put("author", cyclic);
        assertThatThrownBy(() -> IncludeTree.fromMap(cyclic)).isInstanceOf(InvalidQueryException.class);
        Map<String, Object> huge = new LinkedHashMap<>();
        for (int i = 0; i < 1_000_000; i++) {
            huge.put("f" + i, true);
        }
        assertThatThrownBy(() -> IncludeTree.fromMap(huge)).isInstanceOf(InvalidQueryException.class)
                .hasMessageContaining("more than " + IncludeTree.MAX_NODES + " entries");
        assertThatThrownBy(() -> IncludeTree.fromMap(Map.of("reviews", Map.of("_limit", -5))))
                .isInstanceOf(InvalidQueryException.class).hasMessageContaining("include limit -5 is outside");
    }

    @Test
    void treeBuiltInCodeTenThousandDeepFailsTypedBeforeAnySql() {
        IncludeTree tree = IncludeTree.ALL_FIELDS;
        for (int i = 0; i < DEEP; i++) {
            tree = new IncludeTree(List.of(), List.of(new IncludeTree.Include(i % 2 == 0 ? "book" : "reviews", tree)),
                    null, List.of(), null, List.of());
        }
        IncludeTree deep = new IncludeTree(List.of(), List.of(new IncludeTree.Include("reviews", tree)), null, List.of(),
                null, List.of());
        assertThat(deep.depth()).isEqualTo(DEEP + 1);
        assertThat(deep.nodeCount()).isEqualTo(DEEP + 1);
        assertThatThrownBy(() -> orm.from(Book.class).includeTree(deep).toSql())
                .isInstanceOf(InvalidQueryException.class).hasMessageContaining("relation nodes, more than the limit");
    }
}
