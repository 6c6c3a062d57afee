package io.reactiveorm.testing;

import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactories;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.ConnectionFactoryOptions;
import io.r2dbc.spi.Result;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.opentest4j.TestAbortedException;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * JUnit 5 extension that gives a test class its own fresh, empty database namespace: a PostgreSQL schema, a MariaDB
 * database or a uniquely named H2 in-memory database, created before all tests and dropped after them.
 *
 * <pre>{@code @RegisterExtension static final TestDatabase db = TestDatabase.postgres();}</pre>
 *
 * <p>The server is found by {@link ServerLocator}: an explicit URL environment variable, then Testcontainers when a
 * Docker engine is available, then the local server on 127.0.0.1. When none is reachable each test of the class is
 * aborted (reported as skipped, with the reason), or the class fails when the environment variable {@code CI} is
 * {@code true}. {@link #mysql8()} has no local server and always fails: it is only asked for on purpose.
 *
 * <p>Only {@code io.r2dbc.spi} is used, so the matching driver must be on the test classpath.
 */
public final class TestDatabase implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback {

    private static final Duration STATEMENT_TIMEOUT = Duration.ofSeconds(30);
    private static final Pattern STATEMENT_END = Pattern.compile(";[ \\t]*(?:\\r?\\n|$)");

    private final DatabaseKind kind;
    private Fresh fresh;
    private String skipReason;

    private TestDatabase(DatabaseKind kind) {
        this.kind = kind;
    }

    /** A fresh schema on PostgreSQL (needs r2dbc-postgresql on the test classpath). */
    public static TestDatabase postgres() {
        return new TestDatabase(DatabaseKind.POSTGRESQL);
    }

    /** A fresh database on MariaDB or MySQL (needs r2dbc-mysql on the test classpath). */
    public static TestDatabase mariadb() {
        return new TestDatabase(DatabaseKind.MARIADB);
    }

    /**
     * A fresh database on a MySQL 8 server (needs r2dbc-mysql): {@code REACTIVE_ORM_MYSQL8_URL}, else Testcontainers
     * {@code mysql:8.4}; never the local server (MariaDB here). Fails, with or without {@code CI}, when neither is
     * reachable.
     */
    public static TestDatabase mysql8() {
        return new TestDatabase(DatabaseKind.MYSQL8);
    }

    /** A fresh, uniquely named H2 in-memory database (needs r2dbc-h2 on the test classpath). */
    public static TestDatabase h2() {
        return new TestDatabase(DatabaseKind.H2);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        skipReason = null;
        try {
            open();
        } catch (TestAbortedException e) {
            // Skip each test rather than the class, so reports count them as skipped and show why.
            skipReason = e.getMessage();
            System.err.println("[TestDatabase] " + context.getDisplayName() + ": " + skipReason);
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (skipReason != null) {
            Assumptions.abort(skipReason);
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        close();
    }

    /** {@code "postgresql"}, {@code "mariadb"}, {@code "mysql8"} or {@code "h2"}. */
    public String kind() {
        return kind.id();
    }

    /** The r2dbc URL of the fresh schema/database, usable with {@code ConnectionFactories.get(url)}. */
    public String url() {
        return state().url();
    }

    /** An unpooled connection factory whose connections use the fresh schema/database. */
    public ConnectionFactory connectionFactory() {
        return state().connectionFactory();
    }

    /** The bind marker for the 1-based parameter {@code index}: {@code $1} on PostgreSQL and H2, {@code ?} on MariaDB and MySQL. */
    public String bindMarker(int index) {
        if (index < 1) {
            throw new IllegalArgumentException("bind marker index is 1-based: " + index);
        }
        return kind.bindMarker(index);
    }

    /** Executes the statements in order on one connection; completes empty when all have run. */
    public Mono<Void> execute(String... sqlStatements) {
        List<String> statements = List.copyOf(Arrays.asList(sqlStatements));
        return withConnection(state().connectionFactory(), c -> run(c, statements));
    }

    /**
     * Executes a classpath SQL script (for example {@code "schema/books.sql"}), split into statements at each
     * {@code ;} that ends a line; whole-line {@code --} comments are dropped. Keep {@code ;} out of comments and
     * literals: r2dbc-h2 splits a statement at every {@code ;}. The resource is read on
     * {@link Schedulers#boundedElastic()}.
     */
    public Mono<Void> executeScript(String classpathResource) {
        return Mono.fromCallable(() -> readResource(classpathResource))
                .subscribeOn(Schedulers.boundedElastic())
                .map(TestDatabase::splitStatements)
                .flatMap(statements -> execute(statements.toArray(String[]::new)));
    }

    @Override
    public String toString() {
        return "TestDatabase[" + kind.id() + (fresh == null ? "" : ", " + ServerLocator.redact(fresh.url())) + "]";
    }

    /** @return another, unopened test database of the same kind */
    TestDatabase sibling() {
        return new TestDatabase(kind);
    }

    /** Creates the fresh namespace; blocks (called from JUnit callbacks, never from reactive code). */
    void open() {
        if (fresh != null) {
            throw new IllegalStateException(this + " is already open");
        }
        String name = "ro_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        if (kind == DatabaseKind.H2) {
            String url = "r2dbc:h2:mem:///" + name + ";DB_CLOSE_DELAY=-1";
            fresh = new Fresh(name, url, ConnectionFactories.get(url), null);
            return;
        }
        Server server = ServerLocator.locate(kind);
        ConnectionFactory admin = ConnectionFactories.get(server.url());
        block(withConnection(admin, c -> run(c, List.of(kind.createSql(name)))));
        String url = kind.freshUrl(server.url(), name);
        fresh = new Fresh(name, url, ConnectionFactories.get(url), admin);
    }

    /** Drops the fresh namespace; blocks. */
    void close() {
        Fresh f = fresh;
        fresh = null;
        if (f == null) {
            return;
        }
        if (f.admin() == null) {
            block(withConnection(f.connectionFactory(), c -> run(c, List.of("SHUTDOWN"))));
        } else {
            block(withConnection(f.admin(), c -> run(c, List.of(kind.dropSql(f.name())))));
        }
    }

    private Fresh state() {
        if (fresh == null) {
            throw new IllegalStateException(
                    "TestDatabase is not open: register it with @RegisterExtension on a static field");
        }
        return fresh;
    }

    private static Mono<Void> withConnection(ConnectionFactory factory, Function<Connection, Mono<Void>> work) {
        return Mono.usingWhen(factory.create(), work, Connection::close);
    }

    private static Mono<Void> run(Connection connection, List<String> statements) {
        return Flux.fromIterable(statements)
                .concatMap(sql -> Flux.from(connection.createStatement(sql).execute())
                        .concatMap(Result::getRowsUpdated))
                .then();
    }

    private static void block(Mono<Void> mono) {
        mono.timeout(STATEMENT_TIMEOUT).block();
    }

    /** Splits at each {@code ;} that ends a line and drops whole-line {@code --} comments and empty statements. */
    static List<String> splitStatements(String script) {
        return Arrays.stream(STATEMENT_END.split(script))
                .map(s -> s.lines()
                        .filter(l -> !l.strip().startsWith("--"))
                        .collect(Collectors.joining("\n"))
                        .strip())
                .filter(s -> !s.isEmpty())
                .toList();
    }

    private static String readResource(String name) {
        String path = name.startsWith("/") ? name.substring(1) : name;
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        try (InputStream in = (loader != null ? loader : TestDatabase.class.getClassLoader()).getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("SQL script not found on the classpath: " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read SQL script " + path, e);
        }
    }

    /** The supported kinds with their dialect differences for provisioning. */
    enum DatabaseKind {
        POSTGRESQL("postgresql", "REACTIVE_ORM_POSTGRES_URL", "r2dbc:postgresql://postgres@127.0.0.1:5432/test"),
        MARIADB("mariadb", "REACTIVE_ORM_MARIADB_URL", "r2dbc:mysql://root@127.0.0.1:3306/test"),
        /** No local server: the one on 127.0.0.1:3306 is MariaDB. */
        MYSQL8("mysql8", "REACTIVE_ORM_MYSQL8_URL", null),
        H2("h2", null, null);

        private final String id;
        private final String envVar;
        private final String localUrl;

        DatabaseKind(String id, String envVar, String localUrl) {
            this.id = id;
            this.envVar = envVar;
            this.localUrl = localUrl;
        }

        String id() {
            return id;
        }

        String envVar() {
            return envVar;
        }

        String localUrl() {
            return localUrl;
        }

        /** @return whether a missing server fails the tests even without {@code CI=true} (opt-in test runs) */
        boolean required() {
            return this == MYSQL8;
        }

        String bindMarker(int index) {
            return this == MARIADB || this == MYSQL8 ? "?" : "$" + index;
        }

        String createSql(String name) {
            return (this == POSTGRESQL ? "CREATE SCHEMA " : "CREATE DATABASE ") + name;
        }

        String dropSql(String name) {
            return this == POSTGRESQL ? "DROP SCHEMA " + name + " CASCADE" : "DROP DATABASE " + name;
        }

        /**
         * PostgreSQL keeps the database and adds {@code schema=} and an {@code applicationName} of the same name (so
         * that a test looking at {@code pg_stat_activity} sees only its own backends, not those of a concurrent run
         * in the same database); MariaDB replaces the database path.
         */
        String freshUrl(String serverUrl, String name) {
            ConnectionFactoryOptions.parse(serverUrl); // fail early on a malformed URL
            int query = serverUrl.indexOf('?');
            String base = query < 0 ? serverUrl : serverUrl.substring(0, query);
            String params = query < 0 ? "" : serverUrl.substring(query + 1);
            if (this == POSTGRESQL) {
                String schema = "schema=" + name + "&applicationName=" + name;
                return base + "?" + (params.isEmpty() ? schema : params + "&" + schema);
            }
            int authority = base.indexOf("://") + 3;
            int path = base.indexOf('/', authority);
            String hostPart = path < 0 ? base : base.substring(0, path);
            return hostPart + "/" + name + (params.isEmpty() ? "" : "?" + params);
        }

        @Override
        public String toString() {
            return id.toUpperCase(Locale.ROOT);
        }
    }

    /** A located server: the r2dbc URL of its default database and where it came from. */
    record Server(String url, String source) {}

    private record Fresh(String name, String url, ConnectionFactory connectionFactory, ConnectionFactory admin) {}
}
