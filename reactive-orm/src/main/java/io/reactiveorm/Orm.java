package io.reactiveorm;

import com.fasterxml.jackson.databind.json.JsonMapper;
import io.r2dbc.pool.ConnectionPool;
import io.r2dbc.pool.ConnectionPoolConfiguration;
import io.r2dbc.spi.ConnectionFactories;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.ConnectionFactoryOptions;
import io.r2dbc.spi.Wrapped;
import io.reactiveorm.internal.exec.BulkRunner;
import io.reactiveorm.internal.exec.Connections;
import io.reactiveorm.internal.exec.Executor;
import io.reactiveorm.internal.exec.Sessions;
import io.reactiveorm.internal.exec.Transactions;
import io.reactiveorm.internal.model.EntityModels;
import io.reactiveorm.internal.page.CursorCodec;
import io.reactiveorm.internal.plan.DmlCompiler;
import io.reactiveorm.internal.plan.QueryCompiler;
import io.reactiveorm.spi.Dialect;
import io.reactiveorm.spi.DialectProvider;
import io.reactiveorm.spi.ExternalTransactions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

/**
 * The entry point: one per database. Holds the (pooled) connection factory, the dialect, the entity models and the
 * compiled-query cache; thread-safe and meant to be shared.
 *
 * <pre>{@code
 * Orm orm = Orm.connect("r2dbc:h2:mem:///demo");
 * Flux<Book> books = orm.from(Book.class).includeTree(IncludeTree.parse("title,author(lastname)")).fetchAll();
 * }</pre>
 *
 * @since 0.1
 */
public final class Orm {
    private final ConnectionFactory connections;
    private final @Nullable ConnectionPool ownedPool;
    private final EntityModels models = new EntityModels();
    private final QueryCompiler compiler;
    private final Executor executor;
    private final Transactions transactions;
    private final EntityWriter writer;
    private final DmlCompiler dml;
    private final BulkRunner bulk;
    private final int fetchSize;
    private final @Nullable Duration statementTimeout;
    private final CursorCodec cursors;

    private Orm(Builder builder) {
        ConnectionFactory factory = builder.connectionFactory;
        Dialect dialect = builder.dialect != null ? builder.dialect : findDialect(factory);
        boolean blocking = dialect.capabilities().blockingDriver();
        Sessions sessions = new Sessions(dialect.serverCancel(), factory, blocking);
        if (factory instanceof ConnectionPool pool) {
            ownedPool = null;
            connections = pool;
        } else if (builder.pool) {
            ownedPool = new ConnectionPool(ConnectionPoolConfiguration.builder(sessions.track(factory))
                    .maxSize(builder.poolSize).initialSize(0).build());
            connections = ownedPool;
        } else {
            ownedPool = null;
            connections = sessions.track(factory);
        }
        Connections source = new Connections(connections, blocking, sessions, builder.external);
        this.compiler = new QueryCompiler(dialect, builder.encoding, models, builder.limits);
        this.executor = new Executor(source, dialect, JsonMapper.builder().build().getFactory());
        this.transactions = new Transactions(source);
        this.dml = new DmlCompiler(dialect);
        this.writer = new EntityWriter(this, models, dml, executor, transactions);
        this.bulk = new BulkRunner(source, transactions, dialect, models);
        this.fetchSize = builder.fetchSize > 0 ? builder.fetchSize : dialect.capabilities().fetchSize();
        this.statementTimeout = builder.statementTimeout;
        this.cursors = new CursorCodec(builder.cursorKey, dialect);
    }

    /**
     * Connects with an R2DBC URL, with a connection pool in front and the dialect found from the driver. Dialect
     * modules may add the connection options their database needs first (see
     * {@link DialectProvider#connectionOptions}).
     *
     * @param url an R2DBC URL, e.g. {@code r2dbc:h2:mem:///demo} or {@code r2dbc:postgresql://user@host/db}
     * @return the ORM
     */
    public static Orm connect(String url) {
        Objects.requireNonNull(url, "url must not be null");
        ConnectionFactoryOptions options = ConnectionFactoryOptions.parse(url);
        for (DialectProvider provider : providers()) {
            options = Objects.requireNonNull(provider.connectionOptions(options),
                    () -> provider.getClass().getName() + ".connectionOptions returned null");
        }
        return builder(ConnectionFactories.get(options)).build();
    }

    /**
     * @param connectionFactory where connections come from; wrapped in a pool unless it already is one
     * @return a builder
     */
    public static Builder builder(ConnectionFactory connectionFactory) {
        return new Builder(Objects.requireNonNull(connectionFactory, "connectionFactory must not be null"));
    }

    /**
     * @param type the root entity class
     * @param <T> the root type
     * @return a query loading every column attribute of {@code type}
     */
    public <T> Query<T> from(Class<T> type) {
        Objects.requireNonNull(type, "type must not be null");
        return new Query<>(this, type, IncludeTree.ALL_FIELDS, null, List.of(), null, null, statementTimeout);
    }

    /**
     * Inserts one entity and returns it as stored: with the generated id (when its id is null) and the database's
     * defaults (null attributes are left out, so column defaults apply). A {@link BelongsTo} object sets its foreign
     * key from its id ({@link InvalidQueryException} if it has none). Runs in the caller's transaction or its own;
     * nothing is written if any step fails or is cancelled.
     *
     * @param entity the entity
     * @param <T> the entity type
     * @return the stored entity
     */
    public <T> Mono<T> insert(T entity) {
        Objects.requireNonNull(entity, "entity must not be null");
        return writer.insertAll(List.of(entity)).map(list -> list.get(0));
    }

    /**
     * Inserts entities of one type (ids all given, in multi-row statements of as many rows as the database's bind
     * parameter limit allows; or all null and generated) and returns them as stored, in order. All or nothing.
     *
     * @param entities the entities
     * @param <T> the entity type
     * @return the stored entities
     */
    public <T> Mono<List<T>> insertAll(List<T> entities) {
        return writer.insertAll(Args.list("entities", entities));
    }

    /**
     * Updates the row with the entity's id and returns it as stored; empty if no row has that id. Writes every
     * attribute that is not null, and each {@code @BelongsTo} foreign key whose related object (or key attribute) is
     * present: a null attribute may simply not have been loaded (an include tree that leaves a field out loads it as
     * null), so its column keeps its value. To set a column to NULL, name it: {@link #update(Object, String...)}.
     * With a {@link Version} attribute, fails with {@link OptimisticLockException} (writing nothing) when the row's
     * version is no longer the entity's, and increments it otherwise (every query loads the id and the version).
     * <ul>
     *   <li>complete: with the stored entity, or empty;</li>
     *   <li>error: {@link InvalidQueryException} before any SQL if the id or version is null, or a related object
     *       has no id; {@link QueryExecutionException} naming the SQL if the database refuses it;</li>
     *   <li>cancel: nothing is written (the write's transaction rolls back).</li>
     * </ul>
     *
     * @param entity the entity
     * @param <T> the entity type
     * @return the stored entity, or empty
     */
    public <T> Mono<T> update(T entity) {
        Objects.requireNonNull(entity, "entity must not be null");
        return writer.update(entity, List.of());
    }

    /**
     * Updates exactly the named attributes of the row with the entity's id, nulls included, and returns it as
     * stored (a patch: {@code orm.update(account.withStatus(null), "status")}). A {@code @BelongsTo} relation's name
     * sets its foreign key from the related object (null: NULL). Version, errors and cancel as in
     * {@link #update(Object)}; an unknown name, the id or the version fails with {@link InvalidQueryException}.
     *
     * @param entity the entity
     * @param attributes the attributes (or {@code @BelongsTo} relations) to write, at least one
     * @param <T> the entity type
     * @return the stored entity, or empty if no row has that id
     */
    public <T> Mono<T> update(T entity, String... attributes) {
        Objects.requireNonNull(entity, "entity must not be null");
        List<String> names = Args.list("attributes", attributes);
        if (names.isEmpty()) {
            throw new InvalidQueryException("name at least one attribute to update, or use update(entity)");
        }
        return writer.update(entity, names);
    }

    /**
     * Links an entity to others through a {@code @ManyToMany} relation: inserts one row of the join table per target
     * (the join table needs no id of its own). Runs in the caller's transaction or its own; all or nothing. A pair
     * that is already linked fails with the database's duplicate-key error if the join table has a primary key.
     *
     * @param owner the entity holding the relation, with its id
     * @param relation the {@code @ManyToMany} relation's name
     * @param targets the related entities, each with its id
     * @return the number of join rows inserted
     */
    public Mono<Long> link(Object owner, String relation, List<?> targets) {
        Objects.requireNonNull(owner, "owner must not be null");
        Objects.requireNonNull(relation, "relation must not be null");
        return writer.link(owner, relation, Args.list("targets", targets), true);
    }

    /**
     * Removes the join table rows between an entity and others of a {@code @ManyToMany} relation (the entities
     * themselves stay). Runs in the caller's transaction or its own.
     *
     * @param owner the entity holding the relation, with its id
     * @param relation the {@code @ManyToMany} relation's name
     * @param targets the related entities, each with its id
     * @return the number of join rows deleted
     */
    public Mono<Long> unlink(Object owner, String relation, List<?> targets) {
        Objects.requireNonNull(owner, "owner must not be null");
        Objects.requireNonNull(relation, "relation must not be null");
        return writer.link(owner, relation, Args.list("targets", targets), false);
    }

    /**
     * Inserts the entity, or updates the row with its id ({@code ON CONFLICT}, {@code ON DUPLICATE KEY} or
     * {@code MERGE}, per database), and returns it as stored. Null attributes are left out, as in
     * {@link #update(Object)}: an inserted row gets the column defaults, an updated row keeps those columns;
     * {@code @BelongsTo} foreign keys come from the related objects' ids.
     *
     * @param entity the entity, with its id
     * @param <T> the entity type
     * @return the stored entity
     */
    public <T> Mono<T> upsert(T entity) {
        Objects.requireNonNull(entity, "entity must not be null");
        return writer.upsert(entity);
    }

    /**
     * Deletes the row with the entity's id (and version, when it has one: a stale version fails with
     * {@link OptimisticLockException}).
     *
     * @param entity the entity
     * @return the number of rows deleted (0 or 1)
     */
    public Mono<Long> delete(Object entity) {
        Objects.requireNonNull(entity, "entity must not be null");
        return writer.delete(entity);
    }

    /**
     * @param type the entity class
     * @param <T> the entity type
     * @return an update of rows matching a filter, to configure with {@code set}, {@code increment} and {@code where}
     */
    public <T> UpdateQuery<T> updateAll(Class<T> type) {
        return new UpdateQuery<>(Objects.requireNonNull(type, "type must not be null"), models, dml, executor,
                java.util.Map.of(), java.util.Map.of(), null);
    }

    /**
     * @param type the entity class
     * @param <T> the entity type
     * @return a delete of rows matching a filter
     */
    public <T> DeleteQuery<T> deleteAll(Class<T> type) {
        return new DeleteQuery<>(Objects.requireNonNull(type, "type must not be null"), models, dml, executor, null);
    }

    /**
     * Starts a bulk load: a stream of entities written all or nothing, in bounded memory, through the database's
     * fastest path ({@code COPY} on PostgreSQL, multi-row INSERT statements elsewhere).
     *
     * @param type the entity class
     * @param <T> the entity type
     * @return a bulk load with default options (chunks of 1,000 rows, conflicts fail the load)
     */
    public <T> BulkLoad<T> bulk(Class<T> type) {
        return new BulkLoad<>(Objects.requireNonNull(type, "type must not be null"), bulk, BulkLoad.DEFAULT_BATCH_SIZE,
                io.reactiveorm.spi.BulkConflict.ERROR);
    }

    /**
     * Runs a unit of work in one transaction with default options. See
     * {@link #inTransaction(TransactionOptions, Function)}.
     *
     * @param unit builds the unit of work
     * @param <T> the result type
     * @return the unit's result
     */
    public <T> Mono<T> inTransaction(Function<Orm, ? extends Mono<T>> unit) {
        return inTransaction(TransactionOptions.DEFAULT, unit);
    }

    /**
     * Runs a unit of work in one transaction. Every query and write inside the unit, however deep in the call chain,
     * uses the transaction's connection: it travels in the Reactor {@code Context}. Inside another transaction the
     * unit becomes a savepoint.
     * <ul>
     *   <li>complete: the transaction commits, then the unit's result is emitted;</li>
     *   <li>error: the transaction rolls back (a nested unit rolls back to its savepoint) and the error is emitted;
     *       a {@link RetryableQueryException} re-runs the whole unit up to {@link TransactionOptions#retries()} times;</li>
     *   <li>cancel (including {@code timeout}) before the unit completed: the transaction rolls back; the connection
     *       is released. A statement already sent is drained (its remaining rows dropped), never cut off; where the
     *       dialect can, the server is asked to stop it; the ROLLBACK follows it. A statement the unit starts after
     *       the cancel fails without reaching the database.</li>
     *   <li>cancel after the unit completed: COMMIT has been sent, or is about to be, and a cancel cannot undo it.
     *       The transaction commits; the caller, having cancelled, gets no result. The boundary is the unit's
     *       completion: cancelled before it, the unit always rolls back.</li>
     * </ul>
     *
     * @param options isolation, read-only and retries
     * @param unit builds the unit of work (called once per attempt)
     * @param <T> the result type
     * @return the unit's result
     */
    public <T> Mono<T> inTransaction(TransactionOptions options, Function<Orm, ? extends Mono<T>> unit) {
        Objects.requireNonNull(options, "options must not be null");
        Objects.requireNonNull(unit, "unit must not be null");
        return transactions.run(options, Mono.defer(() -> unit.apply(this)));
    }

    /** @return the dialect in use */
    public Dialect dialect() {
        return compiler.dialect();
    }

    /** @return the connection factory queries run on (the pool, if this ORM created one) */
    public ConnectionFactory connectionFactory() {
        return connections;
    }

    /** @return completes when the pool this ORM created (if any) is closed */
    public Mono<Void> close() {
        return ownedPool == null ? Mono.empty() : ownedPool.disposeLater();
    }

    QueryCompiler compiler() {
        return compiler;
    }

    Executor executor() {
        return executor;
    }

    int fetchSize() {
        return fetchSize;
    }

    CursorCodec cursors() {
        return cursors;
    }

    private static Dialect findDialect(ConnectionFactory factory) {
        ConnectionFactory unwrapped = factory;
        while (unwrapped instanceof Wrapped<?> wrapped && wrapped.unwrap() instanceof ConnectionFactory inner) {
            unwrapped = inner;
        }
        List<String> found = new ArrayList<>();
        for (DialectProvider provider : providers()) {
            if (provider.supports(unwrapped.getMetadata())) {
                return provider.create();
            }
            found.add(provider.getClass().getName());
        }
        throw new OrmException("No dialect supports the database '" + unwrapped.getMetadata().getName()
                + "'. Dialect providers found: " + (found.isEmpty() ? "none" : String.join(", ", found))
                + ". Add the dialect module (e.g. reactive-orm-postgres) or set Orm.builder(..).dialect(..)");
    }

    private static ServiceLoader<DialectProvider> providers() {
        return ServiceLoader.load(DialectProvider.class, Orm.class.getClassLoader());
    }

    /** Configures an {@link Orm}. */
    public static final class Builder {
        private final ConnectionFactory connectionFactory;
        private @Nullable Dialect dialect;
        private JsonEncoding encoding = JsonEncoding.ARRAYS;
        private IncludeLimits limits = IncludeLimits.DEFAULT;
        private boolean pool = true;
        private int poolSize = 10;
        private int fetchSize;
        private @Nullable Duration statementTimeout;
        private byte @Nullable [] cursorKey;
        private @Nullable ExternalTransactions external;

        private Builder(ConnectionFactory connectionFactory) {
            this.connectionFactory = connectionFactory;
        }

        /** @param dialect the dialect to use instead of the one found from the driver @return this builder */
        public Builder dialect(Dialect dialect) {
            this.dialect = Objects.requireNonNull(dialect, "dialect must not be null");
            return this;
        }

        /** @param encoding how nested objects travel (default {@link JsonEncoding#ARRAYS}) @return this builder */
        public Builder jsonEncoding(JsonEncoding encoding) {
            this.encoding = Objects.requireNonNull(encoding, "encoding must not be null");
            return this;
        }

        /** @param limits the include tree limits @return this builder */
        public Builder limits(IncludeLimits limits) {
            this.limits = Objects.requireNonNull(limits, "limits must not be null");
            return this;
        }

        /**
         * @param pool whether to put a connection pool in front of the factory (default true)
         * @param maxSize the pool's size
         * @return this builder
         */
        public Builder pool(boolean pool, int maxSize) {
            this.pool = pool;
            this.poolSize = maxSize;
            return this;
        }

        /**
         * @param timeout the default {@link Query#timeout} of every query of this ORM (default: none)
         * @return this builder
         * @throws InvalidQueryException if the timeout is zero or negative
         */
        public Builder statementTimeout(Duration timeout) {
            Objects.requireNonNull(timeout, "timeout must not be null");
            if (timeout.isZero() || timeout.isNegative()) {
                throw new InvalidQueryException("statementTimeout must be positive, got " + timeout);
            }
            this.statementTimeout = timeout;
            return this;
        }

        /** @param fetchSize rows fetched per round trip when streaming (default: the dialect's) @return this builder */
        public Builder fetchSize(int fetchSize) {
            this.fetchSize = fetchSize;
            return this;
        }

        /**
         * Signs page cursors with HMAC-SHA256 under this key, so clients cannot forge a cursor (without a key,
         * cursors carry a checksum that catches edits but not a deliberate forgery). Every instance serving the
         * same clients needs the same key.
         *
         * @param key the secret, at least 16 bytes
         * @return this builder
         */
        public Builder cursorKey(byte[] key) {
            Objects.requireNonNull(key, "key must not be null");
            if (key.length < 16) {
                throw new InvalidQueryException("a cursor key needs at least 16 bytes, got " + key.length);
            }
            this.cursorKey = key.clone();
            return this;
        }

        /**
         * Joins transactions managed outside the ORM (for example Spring's reactive transactions, through the
         * integration's implementation): operations inside one run on its connection, and {@link #inTransaction}
         * starts one. See {@link ExternalTransactions}.
         *
         * @param external the integration
         * @return this builder
         */
        public Builder externalTransactions(ExternalTransactions external) {
            this.external = Objects.requireNonNull(external, "external must not be null");
            return this;
        }

        /** @return the ORM */
        public Orm build() {
            return new Orm(this);
        }
    }
}
