package io.reactiveorm.internal.plan;

import io.reactiveorm.Filter;
import io.reactiveorm.IncludeLimits;
import io.reactiveorm.JsonEncoding;
import io.reactiveorm.internal.model.EntityModel;
import io.reactiveorm.internal.model.EntityModels;
import io.reactiveorm.spi.Dialect;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Compiles query shapes into SQL and readers for one dialect, caching the result per shape: repeating a query
 * shape does no planning or rendering work.
 */
public final class QueryCompiler {
    private static final int MAX_CACHED = 2048;

    private final Dialect dialect;
    private final JsonEncoding encoding;
    private final EntityModels models;
    private final IncludeLimits limits;
    private final Map<QueryShape, CompiledQuery> cache = new ConcurrentHashMap<>();
    private final Map<PageShape, PageQuery> pages = new ConcurrentHashMap<>();

    /**
     * @param dialect the dialect to render for
     * @param encoding how nested objects are encoded
     * @param models the entity models
     * @param limits the include tree limits
     */
    public QueryCompiler(Dialect dialect, JsonEncoding encoding, EntityModels models, IncludeLimits limits) {
        this.dialect = dialect;
        this.encoding = encoding;
        this.models = models;
        this.limits = limits;
    }

    /**
     * @param shape the query shape
     * @param filter the root filter with values (checked against the model on first compile)
     * @return the compiled query
     * @throws io.reactiveorm.InvalidQueryException if the query does not fit the model or the limits
     * @throws io.reactiveorm.MappingException if an entity cannot be mapped
     */
    public CompiledQuery compile(QueryShape shape, @Nullable Filter filter) {
        EntityModel root = models.get(shape.type());
        IncludePlanner.checkSize(root, shape.tree(), limits);
        CompiledQuery compiled = cache.get(shape);
        if (compiled != null) {
            return compiled;
        }
        SqlCompiler compiler = new SqlCompiler(dialect, encoding, models);
        if (shape.count()) {
            compiled = compiler.count(root, filter);
        } else {
            PlanNode plan = new IncludePlanner(models, limits).plan(root, shape.tree());
            compiled = compiler.select(plan, filter, shape.order(), shape.limit(), shape.offset());
        }
        if (cache.size() >= MAX_CACHED) {
            cache.clear();
        }
        cache.putIfAbsent(shape, compiled);
        return compiled;
    }

    /**
     * Compiles a keyset page, cached per page shape.
     *
     * @param shape the page shape
     * @param filter the root filter with values
     * @return the compiled page
     * @throws io.reactiveorm.InvalidQueryException if the query does not fit the model or the limits
     */
    public PageQuery compilePage(PageShape shape, @Nullable Filter filter) {
        EntityModel root = models.get(shape.query().type());
        IncludePlanner.checkSize(root, shape.query().tree(), limits);
        PageQuery compiled = pages.get(shape);
        if (compiled != null) {
            return compiled;
        }
        PlanNode plan = new IncludePlanner(models, limits).plan(root, shape.query().tree());
        compiled = new SqlCompiler(dialect, encoding, models).page(plan, filter, shape.query().order(), shape.fetch(),
                shape.backwards(), shape.cursorNulls());
        if (pages.size() >= MAX_CACHED) {
            pages.clear();
        }
        pages.putIfAbsent(shape, compiled);
        return compiled;
    }

    /** @return the dialect */
    public Dialect dialect() {
        return dialect;
    }
}
