package io.reactiveorm;

import io.reactiveorm.internal.exec.Executor;
import io.reactiveorm.internal.exec.Transactions;
import io.reactiveorm.internal.model.EntityModel;
import io.reactiveorm.internal.model.EntityModels;
import io.reactiveorm.internal.model.Relation;
import io.reactiveorm.internal.plan.Dml;
import io.reactiveorm.internal.plan.DmlCompiler;
import io.reactiveorm.internal.plan.JoinRows;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Writes entities: each write runs in a transaction (the caller's, or its own), then reads the written rows back
 * through the normal query path, so generated ids and database defaults come back in the returned objects.
 */
final class EntityWriter {
    private final Orm orm;
    private final EntityModels models;
    private final DmlCompiler dml;
    private final JoinRows joins;
    private final Executor executor;
    private final Transactions transactions;

    EntityWriter(Orm orm, EntityModels models, DmlCompiler dml, Executor executor, Transactions transactions) {
        this.orm = orm;
        this.transactions = transactions;
        this.models = models;
        this.dml = dml;
        this.joins = new JoinRows(orm.dialect());
        this.executor = executor;
    }

    <T> Mono<List<T>> insertAll(List<T> entities) {
        if (entities.isEmpty()) {
            return Mono.just(List.of());
        }
        @SuppressWarnings("unchecked")
        Class<T> type = (Class<T>) entities.get(0).getClass();
        return transactions.required(Mono.defer(() -> {
            EntityModel model = models.get(type);
            boolean generated = model.factory().values(entities.get(0))[model.id().slot()] == null;
            Flux<Object> ids = generated
                    ? Flux.fromIterable(entities).concatMap(e -> executor.insert(dml.insert(model, e),
                            orm.dialect().sql().generatedColumn(model.id().column()), boxed(model.id().type())))
                    : Flux.fromIterable(dml.insertAll(model, entities)).concatMap(executor::execute)
                            .thenMany(Flux.fromIterable(entities).map(e -> model.factory().values(e)[model.id().slot()]));
            return ids.collectList().flatMap(list -> reload(type, model, list));
        }));
    }

    <T> Mono<T> update(T entity, List<String> named) {
        return write(entity, (model, e) -> executor.execute(dml.update(model, e, named)));
    }

    <T> Mono<T> upsert(T entity) {
        return write(entity, (model, e) -> executor.execute(dml.upsert(model, e)));
    }

    Mono<Long> delete(Object entity) {
        return transactions.required(Mono.defer(() -> {
            EntityModel model = models.get(entity.getClass());
            return executor.execute(dml.delete(model, entity)).flatMap(n -> checkVersion(model, entity, n));
        }));
    }

    Mono<Long> link(Object owner, String relation, List<?> targets, boolean link) {
        return transactions.required(Mono.defer(() -> {
            EntityModel model = models.get(owner.getClass());
            Relation r = JoinRows.manyToMany(model, relation);
            EntityModel target = models.get(r.target());
            List<Dml> statements = link ? joins.link(model, r, target, owner, targets) : joins.unlink(model, r, target, owner, targets);
            return Flux.fromIterable(statements).concatMap(executor::execute).reduce(0L, Long::sum);
        }));
    }

    private interface Statement {
        Mono<Long> run(EntityModel model, Object entity);
    }

    private <T> Mono<T> write(T entity, Statement statement) {
        @SuppressWarnings("unchecked")
        Class<T> type = (Class<T>) entity.getClass();
        return transactions.required(Mono.defer(() -> {
            EntityModel model = models.get(type);
            return statement.run(model, entity).flatMap(n -> checkVersion(model, entity, n)).flatMap(n -> n == 0 ? Mono.empty()
                    : reload(type, model, List.of(model.factory().values(entity)[model.id().slot()])).map(list -> list.get(0)));
        }));
    }

    private static Mono<Long> checkVersion(EntityModel model, Object entity, long rows) {
        if (rows == 0 && model.version() != null) {
            Object[] values = model.factory().values(entity);
            return Mono.error(new OptimisticLockException(model.name(), values[model.id().slot()], values[model.version().slot()]));
        }
        return Mono.just(rows);
    }

    /** Reads the rows back by id, in parts of at most the dialect's bind parameter limit, in the order of {@code ids}. */
    private <T> Mono<List<T>> reload(Class<T> type, EntityModel model, List<Object> ids) {
        String id = model.id().name();
        int part = orm.dialect().capabilities().maxBindParameters();
        Flux<T> parts = Flux.range(0, (ids.size() + part - 1) / part).concatMap(p -> orm.from(type)
                .where(Filter.in(id, ids.subList(p * part, Math.min(ids.size(), (p + 1) * part)))).fetchAll());
        return parts.collectList().map(rows -> {
            Map<Object, T> byId = new HashMap<>();
            rows.forEach(row -> byId.put(model.factory().values(row)[model.id().slot()], row));
            List<T> ordered = new ArrayList<>(ids.size());
            ids.forEach(i -> ordered.add(byId.get(i)));
            return ordered;
        });
    }

    private static Class<?> boxed(Class<?> type) {
        if (type == long.class) {
            return Long.class;
        }
        return type == int.class ? Integer.class : type;
    }
}
