package io.reactiveorm.internal.exec;

import io.r2dbc.spi.Connection;
import io.r2dbc.spi.Result;
import io.reactiveorm.BulkLoadException;
import io.reactiveorm.InvalidQueryException;
import io.reactiveorm.OrmException;
import io.reactiveorm.internal.model.EntityModel;
import io.reactiveorm.internal.model.EntityModels;
import io.reactiveorm.internal.plan.BulkRows;
import io.reactiveorm.internal.plan.Dml;
import io.reactiveorm.spi.BulkConflict;
import io.reactiveorm.spi.BulkLoader;
import io.reactiveorm.spi.Dialect;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/**
 * Drives bulk loads: one transaction (the caller's or its own), the source cut into chunks requested one at a time,
 * rows numbered from 1, and each chunk written by the dialect's {@link BulkLoader}: streamed ({@code COPY}) or as
 * multi-row INSERTs, each inside a savepoint so that a rejected statement can be replayed row by row to name the
 * row at fault.
 */
public final class BulkRunner {
    private static final String SAVEPOINT = "ro_bulk";

    private final Connections connections;
    private final Transactions transactions;
    private final Dialect dialect;
    private final EntityModels models;

    /**
     * @param connections where connections come from
     * @param transactions runs the load's transaction
     * @param dialect the dialect and its bulk loader
     * @param models the entity models
     */
    public BulkRunner(Connections connections, Transactions transactions, Dialect dialect, EntityModels models) {
        this.connections = connections;
        this.transactions = transactions;
        this.dialect = dialect;
        this.models = models;
    }

    /**
     * @param type the entity class
     * @param source the rows
     * @param batchSize rows per chunk
     * @param conflict the conflict handling
     * @return the rows written
     */
    public Mono<Long> load(Class<?> type, Flux<?> source, int batchSize, BulkConflict conflict) {
        BulkLoader loader = dialect.bulk();
        return Mono.defer(() -> {
            EntityModel model = models.get(type);
            if (!loader.supports(conflict)) {
                return Mono.error(new InvalidQueryException(model.name() + ": " + dialect.name()
                        + " cannot bulk load with conflict handling " + conflict));
            }
            return transactions.required(Mono.defer(() -> run(model, loader, source, batchSize, conflict)));
        });
    }

    private Mono<Long> run(EntityModel model, BulkLoader loader, Flux<?> source, int batchSize, BulkConflict conflict) {
        AtomicLong received = new AtomicLong();
        // The source never runs in the load's transaction: a statement of its own on the load's connection would see
        // (or wait behind) the rows being loaded. ORM queries of the source run on connections of their own.
        Flux<? extends List<?>> chunks = Connections.outsideTransactions(source)
                .doOnNext(row -> received.incrementAndGet())
                .onErrorMap(e -> !(e instanceof OrmException),
                        e -> new BulkLoadException(model.name(), received.get() + 1, null, e))
                .buffer(batchSize);
        return chunks.switchOnFirst((first, all) -> {
            if (!first.hasValue()) {
                return all.then(Mono.just(0L));
            }
            BulkRows rows = BulkRows.of(model, dialect, first.get().get(0), conflict);
            Flux<ChunkRows> converted = all.index().map(chunk -> {
                long firstRow = chunk.getT1() * batchSize + 1;
                return new ChunkRows(firstRow, rows.convert(chunk.getT2(), firstRow));
            });
            if (loader.streams(conflict)) {
                // In a transaction a statement is drained, never cancelled (StatementGate): on cancel the rows end
                // with an error instead, so that the database ends the load and keeps nothing.
                Sinks.Empty<Void> cancelled = Sinks.empty();
                Flux<List<Object[]>> data = converted.map(ChunkRows::rows).limitRate(2).takeUntilOther(cancelled.asMono());
                return connections.use(c -> loader.stream(c, rows.table(), data))
                        .doOnCancel(() -> cancelled.tryEmitError(new CancellationException("bulk load cancelled")));
            }
            return converted.concatMap(chunk -> insertChunk(rows, chunk, conflict), 1).reduce(0L, Long::sum);
        }, false).onErrorMap(e -> !(e instanceof OrmException), e -> new BulkLoadException(model.name(), 0, null, e))
                .reduce(0L, Long::sum);
    }

    private record ChunkRows(long firstRow, List<Object[]> rows) {
    }

    private Mono<Long> insertChunk(BulkRows rows, ChunkRows chunk, BulkConflict conflict) {
        int per = rows.rowsPerStatement();
        int size = chunk.rows().size();
        return Flux.range(0, (size + per - 1) / per)
                .concatMap(i -> guarded(rows, chunk.rows().subList(i * per, Math.min(size, (i + 1) * per)),
                        chunk.firstRow() + (long) i * per, conflict), 1)
                .reduce(0L, Long::sum);
    }

    /** Runs one INSERT inside a savepoint; if the database rejects it, finds the row at fault. */
    private Mono<Long> guarded(BulkRows rows, List<Object[]> part, long firstRow, BulkConflict conflict) {
        return run(c -> c.createSavepoint(SAVEPOINT))
                .then(execute(rows.insert(part, conflict)))
                .flatMap(n -> run(c -> c.releaseSavepoint(SAVEPOINT)).thenReturn(n))
                .onErrorResume(e -> !(e instanceof OrmException), e -> run(c -> c.rollbackTransactionToSavepoint(SAVEPOINT))
                        .then(part.size() == 1 ? Mono.error(rejected(rows, firstRow, e)) : locate(rows, part, firstRow, conflict, e)));
    }

    private Mono<Long> locate(BulkRows rows, List<Object[]> part, long firstRow, BulkConflict conflict, Throwable statementError) {
        return Flux.range(0, part.size())
                .concatMap(i -> execute(rows.insert(Collections.singletonList(part.get(i)), conflict))
                        .onErrorMap(e -> !(e instanceof OrmException), e -> rejected(rows, firstRow + i, e)), 1)
                // Every row passed alone: blame the statement, without a row number.
                .then(Mono.error(() -> new BulkLoadException(rows.table().entity(), 0, null, statementError)));
    }

    private BulkLoadException rejected(BulkRows rows, long row, Throwable error) {
        return new BulkLoadException(rows.table().entity(), row, dialect.bulk().column(error), error);
    }

    /** Runs one statement on the load's transaction (each one passes the transaction's gate on its own). */
    private Mono<Void> run(Function<Connection, Publisher<Void>> statement) {
        return connections.use(statement).then();
    }

    private Mono<Long> execute(Dml dml) {
        return connections.use(c -> Flux.from(Executor.bind(c.createStatement(dml.sql()), dml.values()).execute())
                .concatMap(Result::getRowsUpdated)).reduce(0L, Long::sum);
    }
}
