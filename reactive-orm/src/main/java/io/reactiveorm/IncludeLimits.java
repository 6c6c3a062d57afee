package io.reactiveorm;

/**
 * Bounds an include tree must respect before it is compiled: how deep it may nest, how many relation nodes it may
 * have, and the largest per-include {@code limit}. Trees from untrusted clients are checked against these.
 *
 * @param maxDepth the deepest relation nesting (the root is depth 0)
 * @param maxNodes the most relation nodes in one tree
 * @param maxLimit the largest per-include limit
 * @since 0.1
 */
public record IncludeLimits(int maxDepth, int maxNodes, int maxLimit) {

    /** Safe defaults: depth 6, 64 relation nodes, per-include limit 1000. */
    public static final IncludeLimits DEFAULT = new IncludeLimits(6, 64, 1000);

    /** Checks the bounds are positive. */
    public IncludeLimits {
        if (maxDepth < 1 || maxNodes < 1 || maxLimit < 1) {
            throw new InvalidQueryException("include limits must be positive: " + maxDepth + "/" + maxNodes + "/" + maxLimit);
        }
    }
}
