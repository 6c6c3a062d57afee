package io.reactiveorm;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An immutable WHERE condition over attribute paths. On a root query a path may go through to-one relations
 * ({@code "author.lastname"}); inside an include it names the included entity's own attributes. Values are always
 * sent as bind parameters and are checked against the attribute's Java type before any SQL is sent.
 *
 * <pre>{@code
 * Filter.and(Filter.gte("publishedAt", LocalDate.of(2020, 1, 1)), Filter.contains("title", "50%"))
 * }</pre>
 *
 * @since 0.1
 */
public sealed interface Filter {

    /** Comparison operators. */
    enum Op {
        /** {@code =} */ EQ("="),
        /** {@code <>} */ NE("<>"),
        /** {@code <} */ LT("<"),
        /** {@code <=} */ LTE("<="),
        /** {@code >} */ GT(">"),
        /** {@code >=} */ GTE(">=");

        private final String sql;

        Op(String sql) {
            this.sql = sql;
        }

        /** @return the SQL operator */
        public String sql() {
            return sql;
        }
    }

    /**
     * {@code path op value}.
     *
     * @param path the attribute path
     * @param op the operator
     * @param value the value (not null: use {@link #isNull})
     */
    record Compare(String path, Op op, Object value) implements Filter {
        /** Checks the arguments. */
        public Compare {
            Objects.requireNonNull(path, "path must not be null");
            Objects.requireNonNull(op, "op must not be null");
            Objects.requireNonNull(value, () -> "value for " + path + " must not be null: use Filter.isNull");
        }
    }

    /**
     * {@code path IN (values)}; an empty list matches nothing.
     *
     * @param path the attribute path
     * @param values the values
     */
    record In(String path, List<Object> values) implements Filter {
        /** Copies the values. */
        public In {
            Objects.requireNonNull(path, "path must not be null");
            Objects.requireNonNull(values, "values must not be null");
            for (Object value : values) {
                if (value == null) {
                    throw new InvalidQueryException("Filter.in(" + path + "): values must not hold null: use Filter.isNull");
                }
            }
            values = List.copyOf(values);
        }
    }

    /**
     * {@code path LIKE pattern}, where {@code %} and {@code _} are wildcards and {@code !} escapes them.
     *
     * @param path the attribute path
     * @param pattern the LIKE pattern
     */
    record Like(String path, String pattern) implements Filter {
        /** Checks the arguments. */
        public Like {
            Objects.requireNonNull(path, "path must not be null");
            Objects.requireNonNull(pattern, "pattern must not be null");
        }
    }

    /**
     * {@code path IS NULL}.
     *
     * @param path the attribute path
     */
    record IsNull(String path) implements Filter {
        /** Checks the path. */
        public IsNull {
            Objects.requireNonNull(path, "path must not be null");
        }
    }

    /**
     * All of the filters.
     *
     * @param filters the conjuncts
     */
    record And(List<Filter> filters) implements Filter {
        /** Copies the filters. */
        public And {
            filters = Args.list("filters", filters);
        }
    }

    /**
     * Any of the filters.
     *
     * @param filters the disjuncts
     */
    record Or(List<Filter> filters) implements Filter {
        /** Copies the filters. */
        public Or {
            filters = Args.list("filters", filters);
        }
    }

    /**
     * The negation of a filter.
     *
     * @param filter the negated filter
     */
    record Not(Filter filter) implements Filter {
        /** Checks the filter. */
        public Not {
            Objects.requireNonNull(filter, "filter must not be null");
        }
    }

    /** @param path attribute path @param value value @return {@code path = value} */
    static Filter eq(String path, Object value) {
        return new Compare(path, Op.EQ, value);
    }

    /** @param path attribute path @param value value @return {@code path <> value} */
    static Filter ne(String path, Object value) {
        return new Compare(path, Op.NE, value);
    }

    /** @param path attribute path @param value value @return {@code path < value} */
    static Filter lt(String path, Object value) {
        return new Compare(path, Op.LT, value);
    }

    /** @param path attribute path @param value value @return {@code path <= value} */
    static Filter lte(String path, Object value) {
        return new Compare(path, Op.LTE, value);
    }

    /** @param path attribute path @param value value @return {@code path > value} */
    static Filter gt(String path, Object value) {
        return new Compare(path, Op.GT, value);
    }

    /** @param path attribute path @param value value @return {@code path >= value} */
    static Filter gte(String path, Object value) {
        return new Compare(path, Op.GTE, value);
    }

    /**
     * One bind parameter per value: a list longer than the database's limit (65,535 on PostgreSQL) fails with
     * {@link InvalidQueryException} when the statement is built.
     *
     * @param path attribute path @param values values @return {@code path IN (values)}
     */
    static Filter in(String path, List<?> values) {
        return new In(path, new ArrayList<>(Objects.requireNonNull(values, "values must not be null")));
    }

    /** @param path attribute path @param values values @return {@code path IN (values)} */
    static Filter in(String path, Object... values) {
        return new In(path, Arrays.asList(Objects.requireNonNull(values, "values must not be null")));
    }

    /**
     * @param path attribute path
     * @param pattern a LIKE pattern: {@code %} and {@code _} are wildcards, {@code !} escapes
     * @return {@code path LIKE pattern}
     */
    static Filter like(String path, String pattern) {
        return new Like(path, pattern);
    }

    /** @param path attribute path @param text literal text, wildcards escaped @return text contained in path */
    static Filter contains(String path, String text) {
        return new Like(path, "%" + escapeLike(text) + "%");
    }

    /** @param path attribute path @param text literal text, wildcards escaped @return path starts with text */
    static Filter startsWith(String path, String text) {
        return new Like(path, escapeLike(text) + "%");
    }

    /** @param path attribute path @param text literal text, wildcards escaped @return path ends with text */
    static Filter endsWith(String path, String text) {
        return new Like(path, "%" + escapeLike(text));
    }

    /** @param path attribute path @return {@code path IS NULL} */
    static Filter isNull(String path) {
        return new IsNull(path);
    }

    /** @param path attribute path @return {@code path IS NOT NULL} */
    static Filter isNotNull(String path) {
        return new Not(new IsNull(path));
    }

    /** @param filters conjuncts @return all of them */
    static Filter and(Filter... filters) {
        return new And(Args.list("filters", filters));
    }

    /** @param filters disjuncts @return any of them */
    static Filter or(Filter... filters) {
        return new Or(Args.list("filters", filters));
    }

    /** @param filter the filter @return its negation */
    static Filter not(Filter filter) {
        return new Not(filter);
    }

    /**
     * Escapes LIKE wildcards with the escape character {@code !}.
     *
     * @param text literal text
     * @return text whose {@code %}, {@code _} and {@code !} match themselves
     */
    static String escapeLike(String text) {
        Objects.requireNonNull(text, "text must not be null");
        StringBuilder out = new StringBuilder(text.length() + 4);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%' || c == '_' || c == '!') {
                out.append('!');
            }
            out.append(c);
        }
        return out.toString();
    }

    /**
     * @param filter a filter or null
     * @param other another filter
     * @return both, or {@code other} when {@code filter} is null
     */
    static Filter both(@Nullable Filter filter, Filter other) {
        Objects.requireNonNull(other, "other must not be null");
        return filter == null ? other : and(filter, other);
    }
}
