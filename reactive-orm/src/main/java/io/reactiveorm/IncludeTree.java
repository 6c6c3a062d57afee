package io.reactiveorm;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
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
 * An empty field list means every column attribute. The id, the {@link Version} attribute and primitive attributes
 * are always loaded: writes need the first two, and a primitive cannot read as null, which is how a field left out
 * reads (and what {@link Orm#update(Object)} leaves alone). A bare name that is a relation includes that relation
 * with all its fields.
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

    /**
     * The deepest nesting any tree may have, whatever its {@link IncludeLimits}: the text and map forms stop reading
     * past it, so client input can never nest deep enough to exhaust the stack.
     */
    public static final int MAX_DEPTH = 64;

    /** The most relation nodes any tree may have, whatever its {@link IncludeLimits}. */
    public static final int MAX_NODES = 10_000;

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
        fields = Args.list("fields", fields);
        includes = Args.list("includes", includes);
        orderBy = Args.list("orderBy", orderBy);
        counts = Args.list("counts", counts);
        if (limit != null) {
            Sizes.check("include limit", limit, 0, Integer.MAX_VALUE);
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
        return IncludeTreeText.parse(Objects.requireNonNull(text, "text must not be null"));
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
        return IncludeTreeText.fromMap(Objects.requireNonNull(map, "map must not be null"));
    }

    /** @return the number of relation nodes in this tree (not counting the root) */
    public int nodeCount() {
        return (int) Math.min(Integer.MAX_VALUE, walk()[0]);
    }

    /** @return how deep relations nest in this tree: 0 without includes, 1 with includes that have none, ... */
    public int depth() {
        return (int) walk()[1];
    }

    /** Counts the nodes and measures the depth without recursion, so any tree, however deep, can be checked. */
    private long[] walk() {
        long nodes = 0;
        int depth = 0;
        Deque<IncludeTree> trees = new ArrayDeque<>();
        Deque<Integer> depths = new ArrayDeque<>();
        trees.push(this);
        depths.push(0);
        while (!trees.isEmpty()) {
            IncludeTree tree = trees.pop();
            int at = depths.pop();
            depth = Math.max(depth, at);
            for (Include include : tree.includes) {
                nodes++;
                trees.push(include.tree());
                depths.push(at + 1);
            }
        }
        return new long[] {nodes, depth};
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
            fields.addAll(Args.list("names", names));
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
            Objects.requireNonNull(tree, "tree must not be null");
            includes.add(new Include(relation, Objects.requireNonNull(tree.apply(new Builder()), "tree must return a builder").build()));
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
            orderBy.addAll(Args.list("sorts", sorts));
            return this;
        }

        /** @param limit the most rows per parent @return this builder */
        public Builder limit(int limit) {
            this.limit = limit;
            return this;
        }

        /** @param relations to-many relations to count @return this builder */
        public Builder count(String... relations) {
            counts.addAll(Args.list("relations", relations));
            return this;
        }

        /** @return the immutable tree */
        public IncludeTree build() {
            return new IncludeTree(List.copyOf(fields), includes, filter, orderBy, limit, List.copyOf(counts));
        }
    }
}
