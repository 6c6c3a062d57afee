package io.reactiveorm;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * What to load of an entity and its relations, as one immutable value: the fields, the included relations (each
 * with its own tree), and per include a filter, an order, a limit and relation counts. A tree is checked against
 * the entity model and {@link IncludeLimits} when a query is planned; unknown names fail with the valid choices.
 *
 * <p>Three equivalent ways to write one:
 * <pre>{@code
 * IncludeTree.builder().fields("title").include("author", a -> a.fields("lastname")).build()
 * IncludeTree.parse("title,author(lastname),reviews[limit=10,orderBy=-id](title),_count(reviews)")
 * IncludeTree.fromMap(Map.of("title", true, "author", Map.of("lastname", true)))
 * }</pre>
 * An empty field list means every column attribute; the id is always loaded. A bare name that is a relation
 * includes that relation with all its fields.
 *
 * @param fields the selected attributes (empty: all); may also name relations to include them whole
 * @param includes the included relations, in order
 * @param filter a filter on the included rows (not allowed on the root tree: use {@link Query#where})
 * @param orderBy the order of the included rows; the id is appended as tie-breaker
 * @param limit the most rows per parent, or null for all
 * @param counts the to-many relations whose sizes are loaded into their {@link Count} attributes
 * @since 0.1
 */
public record IncludeTree(List<String> fields, List<Include> includes, @Nullable Filter filter, List<Sort> orderBy,
                          @Nullable Integer limit, List<String> counts) {

    /** The tree that loads every column attribute and no relation. */
    public static final IncludeTree ALL_FIELDS = new IncludeTree(List.of(), List.of(), null, List.of(), null, List.of());

    /**
     * One included relation.
     *
     * @param relation the relation attribute's name
     * @param tree what to load of the related entity
     */
    public record Include(String relation, IncludeTree tree) {
        /** Checks the arguments. */
        public Include {
            Objects.requireNonNull(relation, "relation must not be null");
            Objects.requireNonNull(tree, "tree must not be null");
        }
    }

    /** Copies the lists. */
    public IncludeTree {
        fields = List.copyOf(fields);
        includes = List.copyOf(includes);
        orderBy = List.copyOf(orderBy);
        counts = List.copyOf(counts);
        if (limit != null && limit < 0) {
            throw new IllegalArgumentException("limit must not be negative: " + limit);
        }
    }

    /** @return a new empty builder */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Parses the text form: comma-separated names; {@code name(...)} includes a relation with its own tree;
     * {@code name[limit=10,orderBy=-id,title](...)} adds options ({@code -} means descending, and a sort may end
     * with {@code nulls first} or {@code nulls last}, e.g. {@code orderBy=-due nulls last,id}; see {@link Sort});
     * {@code _count(a,b)} loads relation counts. Whitespace between names is ignored.
     *
     * @param text the tree text
     * @return the tree
     * @throws InvalidQueryException if the text is malformed, naming the position
     */
    public static IncludeTree parse(String text) {
        return IncludeTreeText.parse(text);
    }

    /**
     * Reads the map form, as a JSON client would send it: {@code name: true} selects a field, {@code name: {...}}
     * includes a relation, {@code "_limit": 10}, {@code "_orderBy": "-due nulls last,title"} and {@code "_count": ["reviews"]}
     * set options.
     *
     * @param map the tree map
     * @return the tree
     * @throws InvalidQueryException if the map holds an unexpected value, naming its key
     */
    public static IncludeTree fromMap(Map<String, ?> map) {
        return IncludeTreeText.fromMap(map, "");
    }

    /** @return the number of relation nodes in this tree (not counting the root) */
    public int nodeCount() {
        int n = 0;
        for (Include include : includes) {
            n += 1 + include.tree().nodeCount();
        }
        return n;
    }

    /** A mutable builder of {@link IncludeTree}. */
    public static final class Builder {
        private final LinkedHashSet<String> fields = new LinkedHashSet<>();
        private final List<Include> includes = new ArrayList<>();
        private final List<Sort> orderBy = new ArrayList<>();
        private final LinkedHashSet<String> counts = new LinkedHashSet<>();
        private @Nullable Filter filter;
        private @Nullable Integer limit;

        Builder() {
        }

        /** @param names attributes to load @return this builder */
        public Builder fields(String... names) {
            fields.addAll(List.of(names));
            return this;
        }

        /** @param relation a relation to include with all its fields @return this builder */
        public Builder include(String relation) {
            return include(relation, UnaryOperator.identity());
        }

        /**
         * @param relation a relation to include
         * @param tree configures what to load of it
         * @return this builder
         */
        public Builder include(String relation, UnaryOperator<Builder> tree) {
            includes.add(new Include(relation, tree.apply(new Builder()).build()));
            return this;
        }

        /**
         * @param relation a relation to include
         * @param tree what to load of it
         * @return this builder
         */
        public Builder include(String relation, IncludeTree tree) {
            includes.add(new Include(relation, tree));
            return this;
        }

        /** @param filter a filter on the included rows @return this builder */
        public Builder where(Filter filter) {
            this.filter = Filter.both(this.filter, filter);
            return this;
        }

        /** @param sorts the order of the included rows @return this builder */
        public Builder orderBy(Sort... sorts) {
            orderBy.addAll(List.of(sorts));
            return this;
        }

        /** @param limit the most rows per parent @return this builder */
        public Builder limit(int limit) {
            this.limit = limit;
            return this;
        }

        /** @param relations to-many relations to count @return this builder */
        public Builder count(String... relations) {
            counts.addAll(List.of(relations));
            return this;
        }

        /** @return the immutable tree */
        public IncludeTree build() {
            return new IncludeTree(List.copyOf(fields), includes, filter, orderBy, limit, List.copyOf(counts));
        }
    }
}
