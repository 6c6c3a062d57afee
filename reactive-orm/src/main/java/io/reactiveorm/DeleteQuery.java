package io.reactiveorm;

import io.reactiveorm.internal.exec.Executor;
import io.reactiveorm.internal.model.EntityModels;
import io.reactiveorm.internal.plan.DmlCompiler;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

/**
 * An immutable DELETE of every row matching a filter: {@code orm.deleteAll(Book.class).where(Filter.lt("id", 10L))
 * .execute()}.
 *
 * @param <T> the entity type
 * @since 0.1
 */
public final class DeleteQuery<T> {
    private final Class<T> type;
    private final EntityModels models;
    private final DmlCompiler dml;
    private final Executor executor;
    private final @Nullable Filter filter;

    DeleteQuery(Class<T> type, EntityModels models, DmlCompiler dml, Executor executor, @Nullable Filter filter) {
        this.type = type;
        this.models = models;
        this.dml = dml;
        this.executor = executor;
        this.filter = filter;
    }

    /**
     * @param filter which rows (the entity's own attributes); combined with AND with any earlier filter
     * @return a delete of the matching rows
     */
    public DeleteQuery<T> where(Filter filter) {
        return new DeleteQuery<>(type, models, dml, executor, Filter.both(this.filter, Objects.requireNonNull(filter, "filter must not be null")));
    }

    /**
     * Runs the delete, in the caller's transaction if there is one. Without a filter every row is deleted.
     *
     * @return the number of rows deleted
     */
    public Mono<Long> execute() {
        return Mono.defer(() -> executor.execute(dml.deleteWhere(models.get(type), filter)));
    }
}
