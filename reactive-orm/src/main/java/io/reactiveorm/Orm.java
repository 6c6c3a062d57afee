package io.reactiveorm;

import com.fasterxml.jackson.databind.json.JsonMapper;
import io.r2dbc.pool.ConnectionPool;
import io.r2dbc.pool.ConnectionPoolConfiguration;
import io.r2dbc.spi.ConnectionFactories;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.Wrapped;
import io.reactiveorm.internal.exec.Executor;
import io.reactiveorm.internal.model.EntityModels;
import io.reactiveorm.internal.page.CursorCodec;
import io.reactiveorm.internal.plan.QueryCompiler;
import io.reactiveorm.spi.Dialect;
import io.reactiveorm.spi.DialectProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.ServiceLoader;
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
    private final QueryCompiler compiler;
    private final Executor executor;
    private final int fetchSize;
    private final CursorCodec cursors;

    private Orm(Builder builder) {
        ConnectionFactory factory = builder.connectionFactory;
        if (builder.pool && !(factory instanceof ConnectionPool)) {
            ownedPool = new ConnectionPool(ConnectionPoolConfiguration.builder(factory)
                    .maxSize(builder.poolSize).initialSize(0).build());
            connections = ownedPool;
        } else {
            ownedPool = null;
            connections = factory;
        }
        Dialect dialect = builder.dialect != null ? builder.dialect : findDialect(factory);
        this.compiler = new QueryCompiler(dialect, builder.encoding, new EntityModels(), builder.limits);
        this.executor = new Executor(connections, dialect, JsonMapper.builder().build().getFactory());
        this.fetchSize = builder.fetchSize > 0 ? builder.fetchSize : dialect.capabilities().fetchSize();
        this.cursors = new CursorCodec(builder.cursorKey);
    }

    /**
     * Connects with an R2DBC URL, with a connection pool in front and the dialect found from the driver.
     *
     * @param url an R2DBC URL, e.g. {@code r2dbc:h2:mem:///demo} or {@code r2dbc:postgresql://user@host/db}
     * @return the ORM
     */
    public static Orm connect(String url) {
        Objects.requireNonNull(url, "url must not be null");
        return builder(ConnectionFactories.get(url)).build();
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
        return new Query<>(this, type, IncludeTree.ALL_FIELDS, null, List.of(), null, null);
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
        for (DialectProvider provider : ServiceLoader.load(DialectProvider.class, Orm.class.getClassLoader())) {
            if (provider.supports(unwrapped.getMetadata())) {
                return provider.create();
            }
            found.add(provider.getClass().getName());
        }
        throw new OrmException("No dialect supports the database '" + unwrapped.getMetadata().getName()
                + "'. Dialect providers found: " + (found.isEmpty() ? "none" : String.join(", ", found))
                + ". Add the dialect module (e.g. reactive-orm-postgres) or set Orm.builder(..).dialect(..)");
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
        private byte @Nullable [] cursorKey;

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
                throw new IllegalArgumentException("a cursor key needs at least 16 bytes, got " + key.length);
            }
            this.cursorKey = key.clone();
            return this;
        }

        /** @return the ORM */
        public Orm build() {
            return new Orm(this);
        }
    }
}
