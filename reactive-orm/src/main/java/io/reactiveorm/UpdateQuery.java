package io.reactiveorm;

import io.reactiveorm.internal.exec.Executor;
import io.reactiveorm.internal.model.EntityModels;
import io.reactiveorm.internal.plan.DmlCompiler;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

/**
 * An immutable UPDATE of every row matching a filter: {@code orm.updateAll(Book.class).set("title", "x")
 * .increment("views", 1).where(Filter.eq("id", 3L)).execute()}. Values are bound and checked against the model.
 *
 * @param <T> the entity type
 * @since 0.1
 */
public final class UpdateQuery<T> {
    private final Class<T> type;
    private final EntityModels models;
    private final DmlCompiler dml;
    private final Executor executor;
    private final Map<String, @Nullable Object> sets;
    private final Map<String, Number> increments;
    private final @Nullable Filter filter;

    UpdateQuery(Class<T> type, EntityModels models, DmlCompiler dml, Executor executor, Map<String, @Nullable Object> sets,
                Map<String, Number> increments, @Nullable Filter filter) {
        this.type = type;
        this.models = models;
        this.dml = dml;
        this.executor = executor;
        this.sets = sets;
        this.increments = increments;
        this.filter = filter;
    }

    /**
     * @param attribute the attribute to set
     * @param value its new value (null for NULL)
     * @return an update that also sets it
     */
    public UpdateQuery<T> set(String attribute, @Nullable Object value) {
        Map<String, @Nullable Object> next = new LinkedHashMap<>(sets);
        next.put(Objects.requireNonNull(attribute, "attribute must not be null"), value);
        return new UpdateQuery<>(type, models, dml, executor, next, increments, filter);
    }

    /**
     * @param attribute a numeric attribute
     * @param amount what to add to it
     * @return an update that also increments it
     */
    public UpdateQuery<T> increment(String attribute, Number amount) {
        Map<String, Number> next = new LinkedHashMap<>(increments);
        next.put(Objects.requireNonNull(attribute, "attribute must not be null"), Objects.requireNonNull(amount, "amount must not be null"));
        return new UpdateQuery<>(type, models, dml, executor, sets, next, filter);
    }

    /**
     * @param filter which rows (the entity's own attributes); combined with AND with any earlier filter
     * @return an update of the matching rows
     */
    public UpdateQuery<T> where(Filter filter) {
        return new UpdateQuery<>(type, models, dml, executor, sets, increments,
                Filter.both(this.filter, Objects.requireNonNull(filter, "filter must not be null")));
    }

    /**
     * Runs the update, in the caller's transaction if there is one. Errors: {@link InvalidQueryException} before any
     * SQL for unknown attributes or wrong value types; {@link QueryExecutionException} naming the SQL otherwise.
     *
     * @return the number of rows updated
     */
    public Mono<Long> execute() {
        return Mono.defer(() -> executor.execute(dml.updateWhere(models.get(type), sets, increments, filter)));
    }
}
