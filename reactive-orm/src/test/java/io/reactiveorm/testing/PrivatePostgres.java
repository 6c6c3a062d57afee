package io.reactiveorm.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * A PostgreSQL server of the test's own, which it may kill and restart: {@code initdb} into a temporary directory
 * and {@code pg_ctl} on a free loopback port, as the {@code postgres} user when the tests run as root. The binaries
 * come from {@code REACTIVE_ORM_PG_BIN} or the newest {@code /usr/lib/postgresql/<version>/bin}; without them the
 * tests are skipped, or fail under {@code CI=true} (decided by {@link ServerLocator#whyFailInsteadOfSkip}). Never
 * touches the shared servers.
 */
public final class PrivatePostgres implements AutoCloseable {
    private static final long TIMEOUT_SECONDS = 60;

    private final Path bin;
    private final Path data;
    private final int port;

    private PrivatePostgres(Path bin, Path data, int port) {
        this.bin = bin;
        this.data = data;
        this.port = port;
    }

    /** @return a new, running server with an empty {@code postgres} database and trust authentication */
    public static PrivatePostgres start() {
        Path bin = binaries();
        try {
            Path data = Files.createTempDirectory("reactive-orm-pg-");
            int port;
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            PrivatePostgres server = new PrivatePostgres(bin, data, port);
            if (asRoot()) {
                server.run(List.of("chown", "postgres:postgres", data.toString()), false);
            }
            server.run(List.of(bin.resolve("initdb").toString(), "-D", data.toString(), "-U", "postgres",
                    "--auth=trust", "--encoding=UTF8", "--no-sync"), true);
            server.restart();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the port it listens on, on 127.0.0.1 */
    public int port() {
        return port;
    }

    /** @return an R2DBC URL of its {@code postgres} database */
    public String url() {
        return "r2dbc:postgresql://postgres@127.0.0.1:" + port + "/postgres";
    }

    /** Stops the server at once, as a crash would ({@code pg_ctl stop -m immediate}): no clean shutdown. */
    public void kill() {
        run(List.of(bin.resolve("pg_ctl").toString(), "stop", "-D", data.toString(), "-m", "immediate", "-w"), true);
    }

    /** Starts the (stopped) server again and waits until it accepts connections. */
    public void restart() {
        String options = "-p " + port + " -h 127.0.0.1 -c unix_socket_directories='" + data + "' -c fsync=off"
                + " -c max_connections=60 -c shared_buffers=16MB";
        run(List.of(bin.resolve("pg_ctl").toString(), "start", "-D", data.toString(), "-w", "-t", "60",
                "-l", data.resolve("server.log").toString(), "-o", options), true);
    }

    /** Stops the server and deletes its files. */
    @Override
    public void close() {
        try {
            run(List.of(bin.resolve("pg_ctl").toString(), "stop", "-D", data.toString(), "-m", "immediate", "-w"), true);
        } catch (IllegalStateException alreadyStopped) {
            // nothing to stop
        }
        try (Stream<Path> files = Files.walk(data)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void run(List<String> command, boolean asPostgres) {
        List<String> full = new ArrayList<>();
        if (asPostgres && asRoot()) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(command);
        try {
            Process process = new ProcessBuilder(full).redirectErrorStream(true).start();
            String output;
            try (var in = process.getInputStream()) {
                output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("timed out: " + String.join(" ", full));
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException("exit " + process.exitValue() + ": " + String.join(" ", full) + "\n" + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static boolean asRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static Path binaries() {
        String explicit = System.getenv("REACTIVE_ORM_PG_BIN");
        if (explicit != null) {
            return Path.of(explicit);
        }
        Path base = Path.of("/usr/lib/postgresql");
        String[] versions = Files.isDirectory(base) ? base.toFile().list() : new String[0];
        Path found = versions == null ? null : Arrays.stream(versions)
                .filter(v -> v.matches("\\d+")).max(Comparator.comparingInt(Integer::parseInt))
                .map(v -> base.resolve(v).resolve("bin")).filter(p -> Files.isExecutable(p.resolve("initdb")))
                .orElse(null);
        if (found == null) {
            String why = "no PostgreSQL binaries (set REACTIVE_ORM_PG_BIN or install postgresql)";
            String whyFail = ServerLocator.whyFailInsteadOfSkip(TestDatabase.DatabaseKind.POSTGRESQL, System.getenv("CI"));
            if (whyFail != null) {
                throw new IllegalStateException(why + "\n(" + whyFail + ")");
            }
            Assumptions.abort(why + "\n(Skipping these tests; with CI=true they fail instead.)");
        }
        return found;
    }
}
