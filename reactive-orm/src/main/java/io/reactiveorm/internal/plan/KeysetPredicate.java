package io.reactiveorm.internal.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Renders the condition "the row comes after the cursor" of a keyset page, in the direction of travel, where each
 * nullable key's NULLs come first or last as its sort says (by default as if greater than every value: ascending
 * NULLS LAST, descending NULLS FIRST).
 * <ul>
 *   <li>Row value {@code (a, id) > ($1, $2)} when the dialect seeks an index for it, every key is non-null and
 *       every direction is the same;</li>
 *   <li>otherwise the expanded form {@code a >= ? AND (a > ? OR (a = ? AND id > ?))}: one disjunct per key, the
 *       equalities of the earlier keys AND the strict step of this one; the redundant leading bound on a non-null
 *       first key lets engines seek the index (dialects.md §5). A nullable key whose NULLs come last adds
 *       {@code OR a IS NULL} to its step; a NULL cursor value compares with {@code IS NULL} and steps with
 *       {@code IS NOT NULL} (NULLs first) or not at all (NULLs last).</li>
 * </ul>
 */
final class KeysetPredicate {
    private KeysetPredicate() {
    }

    /**
     * One key in the direction of travel.
     *
     * @param sql the column expression
     * @param descending whether travel goes down this key
     * @param nullable whether it may be NULL
     * @param nullsLast whether its NULLs come after the values in the direction of travel
     * @param cursorNull whether the cursor's value is NULL
     */
    record Key(String sql, boolean descending, boolean nullable, boolean nullsLast, boolean cursorNull) {
    }

    /**
     * @param keys the keys, the id last (never null)
     * @param rowValues whether the dialect seeks an index for row values
     * @param marker records a bind of the cursor value at the given key position and returns its marker
     * @return the condition
     */
    static String render(List<Key> keys, boolean rowValues, IntFunction<String> marker) {
        boolean uniform = keys.stream().allMatch(k -> k.descending() == keys.get(0).descending());
        boolean nonNull = keys.stream().noneMatch(Key::nullable);
        if (rowValues && uniform && nonNull && keys.size() > 1) {
            List<String> columns = new ArrayList<>();
            List<String> markers = new ArrayList<>();
            for (int i = 0; i < keys.size(); i++) {
                columns.add(keys.get(i).sql());
                markers.add(marker.apply(i));
            }
            return "(" + String.join(", ", columns) + ") " + (keys.get(0).descending() ? "<" : ">")
                    + " (" + String.join(", ", markers) + ")";
        }
        String bound = "";
        Key first = keys.get(0);
        if (keys.size() > 1 && !first.nullable()) {
            bound = first.sql() + (first.descending() ? " <= " : " >= ") + marker.apply(0) + " AND ";
        }
        List<String> disjuncts = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            Key key = keys.get(i);
            if (key.cursorNull() && key.nullsLast()) {
                continue; // NULLs last: nothing comes after NULL on this key
            }
            List<String> parts = new ArrayList<>();
            for (int j = 0; j < i; j++) {
                Key earlier = keys.get(j);
                parts.add(earlier.cursorNull() ? earlier.sql() + " IS NULL" : earlier.sql() + " = " + marker.apply(j));
            }
            String step = step(key, i, marker);
            parts.add(step);
            disjuncts.add(parts.size() == 1 ? step : "(" + String.join(" AND ", parts) + ")");
        }
        String or = disjuncts.size() == 1 ? disjuncts.get(0) : "(" + String.join(" OR ", disjuncts) + ")";
        return bound + or;
    }

    /** The condition "strictly after the cursor on this key" (not called after NULL when NULLs come last). */
    private static String step(Key key, int index, IntFunction<String> marker) {
        if (key.cursorNull()) {
            return key.sql() + " IS NOT NULL";
        }
        String after = key.sql() + (key.descending() ? " < " : " > ") + marker.apply(index);
        return key.nullable() && key.nullsLast() ? "(" + after + " OR " + key.sql() + " IS NULL)" : after;
    }
}
