package io.reactiveorm.testing;

import io.reactiveorm.testing.TestDatabase.DatabaseKind;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.utility.DockerImageName;

/**
 * One Testcontainers server per database kind and JVM (removed by Testcontainers when the JVM exits). Only touched
 * after {@link #onClasspath()} said Testcontainers is there, so modules without it never load these classes.
 */
final class Containers {

    private static final Map<DatabaseKind, GenericContainer<?>> STARTED = new EnumMap<>(DatabaseKind.class);
    private static Boolean dockerAvailable;

    private Containers() {}

    static boolean onClasspath() {
        try {
            Class.forName("org.testcontainers.DockerClientFactory", false, Containers.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /** Asks Testcontainers once per JVM; it answers false quickly and without throwing when there is no engine. */
    static synchronized boolean dockerAvailable() {
        if (dockerAvailable == null) {
            dockerAvailable = DockerClientFactory.instance().isDockerAvailable();
        }
        return dockerAvailable;
    }

    static String image(DatabaseKind kind) {
        return switch (kind) {
            case POSTGRESQL -> "postgres:15";
            case MYSQL8 -> "mysql:8.4";
            default -> "mariadb:10.11";
        };
    }

    /** Starts (or reuses) the container and returns the r2dbc URL of its {@code test} database. */
    static synchronized String start(DatabaseKind kind) {
        GenericContainer<?> container = STARTED.get(kind);
        if (container == null) {
            container = create(kind);
            container.start();
            STARTED.put(kind, container);
        }
        String hostPort = container.getHost() + ":" + container.getMappedPort(port(kind));
        return kind == DatabaseKind.POSTGRESQL
                ? "r2dbc:postgresql://postgres@" + hostPort + "/test"
                : "r2dbc:mysql://root@" + hostPort + "/test";
    }

    private static int port(DatabaseKind kind) {
        return kind == DatabaseKind.POSTGRESQL ? 5432 : 3306;
    }

    private static GenericContainer<?> create(DatabaseKind kind) {
        GenericContainer<?> container = new GenericContainer<>(DockerImageName.parse(image(kind)))
                .withExposedPorts(port(kind))
                .withStartupTimeout(Duration.ofMinutes(2));
        if (kind == DatabaseKind.POSTGRESQL) {
            return container
                    .withEnv("POSTGRES_HOST_AUTH_METHOD", "trust")
                    .withEnv("POSTGRES_DB", "test")
                    // The image's init server logs this once before restarting, the real server once more.
                    .waitingFor(Wait.forLogMessage(".*database system is ready to accept connections.*\\s", 2));
        }
        if (kind == DatabaseKind.MYSQL8) {
            return container
                    .withEnv("MYSQL_ALLOW_EMPTY_PASSWORD", "yes")
                    .withEnv("MYSQL_DATABASE", "test")
                    // Like MariaDB's, the image's init server runs with --skip-networking.
                    .waitingFor(Wait.forListeningPort());
        }
        return container
                .withEnv("MARIADB_ALLOW_EMPTY_ROOT_PASSWORD", "1")
                .withEnv("MARIADB_DATABASE", "test")
                // The image's init server does not listen on TCP, so an open port means the real server is up.
                .waitingFor(Wait.forListeningPort());
    }
}
