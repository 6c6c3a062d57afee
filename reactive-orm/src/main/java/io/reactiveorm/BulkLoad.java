package io.reactiveorm;

import io.reactiveorm.internal.exec.BulkRunner;
import io.reactiveorm.spi.BulkConflict;
import java.util.Objects;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A bulk load of one entity type: immutable options, then {@link #load}. Obtained from {@link Orm#bulk(Class)}.
 *
 * <pre>{@code
 * Mono<Long> written = orm.bulk(Event.class).batchSize(5_000).load(events);
 * }</pre>
 *
 * @param <T> the entity type
 * @since 0.1
 */
public final class BulkLoad<T> {
    /** The default rows per chunk. */
    public static final int DEFAULT_BATCH_SIZE = 1_000;
    /** The largest rows per chunk (a chunk is held in memory whole). */
    public static final int MAX_BATCH_SIZE = 1_000_000;

    private final Class<T> type;
    private final BulkRunner runner;
    private final int batchSize;
    private final BulkConflict conflict;

    BulkLoad(Class<T> type, BulkRunner runner, int batchSize, BulkConflict conflict) {
        this.type = type;
        this.runner = runner;
        this.batchSize = batchSize;
        this.conflict = conflict;
    }

    /**
     * @param rows the rows taken from the source and sent to the database at a time (default 1,000); memory use is
     *     bounded by a few chunks, whatever the length of the source; 1 to {@link #MAX_BATCH_SIZE}
     * @return a copy with that chunk size
     * @throws InvalidQueryException if the size is out of range
     */
    public BulkLoad<T> batchSize(int rows) {
        Sizes.check("bulk batchSize", rows, 1, MAX_BATCH_SIZE);
        return new BulkLoad<>(type, runner, rows, conflict);
    }

    /** @return a copy that skips rows whose id already exists (where the database supports it) */
    public BulkLoad<T> onConflictSkip() {
        return new BulkLoad<>(type, runner, batchSize, BulkConflict.SKIP);
    }

    /** @return a copy that updates existing rows with the loaded values (where the database supports it) */
    public BulkLoad<T> onConflictUpdate() {
        return new BulkLoad<>(type, runner, batchSize, BulkConflict.UPDATE);
    }

    /** @return the rows per chunk */
    public int batchSize() {
        return batchSize;
    }

    /** @return the conflict handling */
    public BulkConflict conflict() {
        return conflict;
    }

    /**
     * Loads every row of the source, all or nothing, in one transaction (the caller's, if there is one). The source
     * is requested only as fast as the database takes rows. Null attributes are stored as NULL (column defaults do
     * not apply); ids are either given in every row or in none (then the database generates them); a
     * {@link BelongsTo} object sets its foreign key from its id.
     *
     * <p>The source is subscribed outside any transaction: queries it makes through the ORM run on connections of
     * their own and see committed rows only, never the rows being loaded nor the uncommitted writes of the caller's
     * unit of work (collect those first, e.g. with {@code collectList()}, to load from them).
     * <ul>
     *   <li>complete: the number of rows written; with conflict handling, the count the database reports (skipped
     *       rows are not counted; MariaDB/MySQL count an updated row twice);</li>
     *   <li>a row the database rejects, or an error of the source: {@link BulkLoadException} naming the row's
     *       1-based position in the source and, where the database reports it, the column; nothing is committed;</li>
     *   <li>cancel: nothing is committed and the connection is released.</li>
     * </ul>
     * A conflict handling the database cannot do fails with {@link InvalidQueryException} before anything is read.
     *
     * @param rows the rows
     * @return the number of rows written
     */
    public Mono<Long> load(Publisher<? extends T> rows) {
        Objects.requireNonNull(rows, "rows must not be null");
        return runner.load(type, Flux.from(rows), batchSize, conflict);
    }
}
