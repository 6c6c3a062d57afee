package io.reactiveorm.testing;

import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactories;
import io.r2dbc.spi.ConnectionFactoryOptions;
import io.reactiveorm.testing.TestDatabase.DatabaseKind;
import io.reactiveorm.testing.TestDatabase.Server;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Assumptions;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Finds a reachable server for a database kind, once per JVM: the explicit URL environment variable, else
 * Testcontainers when a Docker engine is available, else the local server on 127.0.0.1 (for kinds that have one).
 */
final class ServerLocator {

    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(10);
    private static final Map<DatabaseKind, Outcome> OUTCOMES = new ConcurrentHashMap<>();

    private ServerLocator() {}

    /**
     * Returns the server or, when none is reachable, fails (under {@code CI=true}, or for a
     * {@linkplain DatabaseKind#required() required} kind) or aborts the test class with a message naming every
     * source tried.
     */
    static Server locate(DatabaseKind kind) {
        Outcome outcome = OUTCOMES.computeIfAbsent(kind, ServerLocator::resolve);
        if (outcome.server() != null) {
            return outcome.server();
        }
        String whyFail = whyFailInsteadOfSkip(kind, System.getenv("CI"));
        if (whyFail != null) {
            throw new IllegalStateException(outcome.failure() + "\n(" + whyFail + ")");
        }
        return Assumptions.abort(outcome.failure() + "\n(Skipping these tests; with CI=true they fail instead.)");
    }

    /**
     * The only place that decides whether a missing server may skip tests: never under {@code CI=true}, never for a
     * required kind.
     *
     * @param kind the database kind
     * @param ci the value of the {@code CI} environment variable, or null
     * @return why a missing server fails the tests, or null if it may skip them
     */
    static String whyFailInsteadOfSkip(DatabaseKind kind, String ci) {
        if (kind.required()) {
            return kind + " tests only run when asked for, so a missing server fails them instead of skipping them.";
        }
        if ("true".equalsIgnoreCase(ci)) {
            return "CI=true: failing instead of skipping.";
        }
        return null;
    }

    private static Outcome resolve(DatabaseKind kind) {
        List<String> tried = new ArrayList<>();
        String explicit = System.getenv(kind.envVar());
        if (explicit != null && !explicit.isBlank()) {
            String error = probe(explicit.strip());
            if (error == null) {
                return Outcome.found(new Server(explicit.strip(), kind.envVar()));
            }
            tried.add(kind.envVar() + "=" + redact(explicit.strip()) + ": " + error
                    + " (an explicit URL is used alone; unset it to fall back to Testcontainers and the local server)");
            return Outcome.failed(kind, tried);
        }
        tried.add(kind.envVar() + ": not set");

        if (!Containers.onClasspath()) {
            tried.add("Testcontainers: not on the test classpath");
        } else if (!Containers.dockerAvailable()) {
            tried.add("Testcontainers: Docker not available");
        } else {
            String error;
            try {
                String url = Containers.start(kind);
                error = probe(url);
                if (error == null) {
                    return Outcome.found(new Server(url, "Testcontainers " + Containers.image(kind)));
                }
            } catch (RuntimeException e) {
                error = describe(e);
            }
            tried.add("Testcontainers " + Containers.image(kind) + ": " + error);
        }

        if (kind.localUrl() == null) {
            tried.add("local server: none for " + kind);
            return Outcome.failed(kind, tried);
        }
        String error = probe(kind.localUrl());
        if (error == null) {
            return Outcome.found(new Server(kind.localUrl(), "local server"));
        }
        tried.add("local server " + kind.localUrl() + ": " + error);
        return Outcome.failed(kind, tried);
    }

    /** Connects and runs {@code SELECT 1}; returns null when that works, else a one-line reason. */
    static String probe(String url) {
        try {
            ConnectionFactoryOptions options = ConnectionFactoryOptions.parse(url).mutate()
                    .option(ConnectionFactoryOptions.CONNECT_TIMEOUT, Duration.ofSeconds(5))
                    .build();
            Mono.usingWhen(
                            ConnectionFactories.get(options).create(),
                            c -> Flux.from(c.createStatement("SELECT 1").execute())
                                    .concatMap(r -> r.map((row, meta) -> 1))
                                    .then(),
                            Connection::close)
                    .timeout(PROBE_TIMEOUT)
                    .block();
            return null;
        } catch (RuntimeException e) {
            return describe(e);
        }
    }

    private static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? "" : root.getMessage().strip();
        return root.getClass().getSimpleName() + (message.isEmpty() ? "" : ": " + message);
    }

    /** Hides the password of {@code scheme://user:password@host} URLs. */
    static String redact(String url) {
        return url.replaceFirst("(://[^:/@]*:)[^@/]*@", "$1***@");
    }

    private record Outcome(Server server, String failure) {
        static Outcome found(Server server) {
            return new Outcome(server, null);
        }

        static Outcome failed(DatabaseKind kind, List<String> tried) {
            StringBuilder message = new StringBuilder("No reachable ").append(kind).append(" server for the tests. Tried:");
            for (int i = 0; i < tried.size(); i++) {
                message.append("\n  ").append(i + 1).append(". ").append(tried.get(i));
            }
            message.append("\nSet ").append(kind.envVar()).append(" to an r2dbc URL, or ")
                    .append(kind.localUrl() == null ? "run where Testcontainers finds a Docker engine."
                            : "start the local server (see .ci/run).");
            return new Outcome(null, message.toString());
        }
    }
}
