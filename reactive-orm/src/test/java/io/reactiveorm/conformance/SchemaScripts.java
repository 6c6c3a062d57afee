package io.reactiveorm.conformance;

import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Runs a DDL script from the classpath: statements end with ';' at the end of a line; '--' lines are comments. */
public final class SchemaScripts {
    private SchemaScripts() {
    }

    /**
     * @param connections where to run it
     * @param resource the classpath resource
     * @return completes when every statement ran
     */
    public static Mono<Void> run(ConnectionFactory connections, String resource) {
        List<String> statements = statements(resource);
        return Mono.usingWhen(connections.create(), c -> Flux.fromIterable(statements)
                .concatMap(sql -> Flux.from(c.createStatement(sql).execute()).concatMap(r -> r.getRowsUpdated()))
                .then(), Connection::close);
    }

    static List<String> statements(String resource) {
        try (InputStream in = SchemaScripts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no classpath resource " + resource);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return Arrays.stream(text.split(";\\s*(\\r?\\n|$)"))
                    .map(s -> s.lines().filter(l -> !l.trim().startsWith("--")).reduce("", (a, b) -> a + b + "\n").trim())
                    .filter(s -> !s.isEmpty()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
