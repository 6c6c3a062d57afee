package io.reactiveorm.internal.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The rendered keyset predicates, marker order included. */
class KeysetPredicateTest {

    private static String render(List<KeysetPredicate.Key> keys, boolean rowValues) {
        StringBuilder order = new StringBuilder();
        String sql = KeysetPredicate.render(keys, rowValues, i -> {
            order.append(i);
            return "?" + i;
        });
        return sql + "  markers " + order;
    }

    @Test
    void uniformNonNullKeysUseARowValueWhereTheDialectSeeksIt() {
        List<KeysetPredicate.Key> keys = List.of(new KeysetPredicate.Key("a", true, false, false, false),
                new KeysetPredicate.Key("id", true, false, false, false));
        assertThat(render(keys, true)).isEqualTo("(a, id) < (?0, ?1)  markers 01");
        assertThat(render(keys, false)).isEqualTo("a <= ?0 AND (a < ?0 OR (a = ?0 AND id < ?1))  markers 0001");
    }

    @Test
    void mixedDirectionsUseTheExpandedForm() {
        List<KeysetPredicate.Key> keys = List.of(new KeysetPredicate.Key("a", false, false, true, false),
                new KeysetPredicate.Key("id", true, false, false, false));
        assertThat(render(keys, true)).isEqualTo("a >= ?0 AND (a > ?0 OR (a = ?0 AND id < ?1))  markers 0001");
    }

    @Test
    void nullableKeysTreatNullAsGreaterThanEveryValue() {
        KeysetPredicate.Key id = new KeysetPredicate.Key("id", false, false, true, false);
        assertThat(render(List.of(new KeysetPredicate.Key("r", false, true, true, false), id), true))
                .isEqualTo("((r > ?0 OR r IS NULL) OR (r = ?0 AND id > ?1))  markers 001");
        assertThat(render(List.of(new KeysetPredicate.Key("r", false, true, true, true), id), true))
                .as("ascending after NULL: only the other NULLs").isEqualTo("(r IS NULL AND id > ?1)  markers 1");
        assertThat(render(List.of(new KeysetPredicate.Key("r", true, true, false, true), id), true))
                .as("descending after NULL: every value, then the other NULLs")
                .isEqualTo("(r IS NOT NULL OR (r IS NULL AND id > ?1))  markers 1");
        assertThat(render(List.of(new KeysetPredicate.Key("r", true, true, false, false), id), true))
                .isEqualTo("(r < ?0 OR (r = ?0 AND id > ?1))  markers 001");
    }

    @Test
    void explicitNullPlacementDecidesWhatComesAfterTheCursor() {
        KeysetPredicate.Key id = new KeysetPredicate.Key("id", false, false, false, false);
        assertThat(render(List.of(new KeysetPredicate.Key("r", true, true, true, false), id), true))
                .as("descending, NULLs last: smaller values, then the NULLs")
                .isEqualTo("((r < ?0 OR r IS NULL) OR (r = ?0 AND id > ?1))  markers 001");
        assertThat(render(List.of(new KeysetPredicate.Key("r", true, true, true, true), id), true))
                .as("descending after NULL, NULLs last: only the other NULLs").isEqualTo("(r IS NULL AND id > ?1)  markers 1");
        assertThat(render(List.of(new KeysetPredicate.Key("r", false, true, false, false), id), true))
                .as("ascending, NULLs first: greater values only").isEqualTo("(r > ?0 OR (r = ?0 AND id > ?1))  markers 001");
        assertThat(render(List.of(new KeysetPredicate.Key("r", false, true, false, true), id), true))
                .as("ascending after NULL, NULLs first: every value, then the other NULLs")
                .isEqualTo("(r IS NOT NULL OR (r IS NULL AND id > ?1))  markers 1");
    }
}
