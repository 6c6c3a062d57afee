package io.reactiveorm.examples.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.reactiveorm.Orm;
import io.reactiveorm.examples.web.Blog.User;
import io.reactiveorm.testing.TestDatabase;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;

/**
 * A 50 MB NDJSON import through the application on PostgreSQL (COPY), in a JVM whose heap is 128 MB (the build's
 * bounded-heap execution): the body streams from the socket through the decoder into the bulk loader, so memory
 * does not grow with the body.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"example.seed.posts=10", "example.import.max-body-size=64MB"})
class ImportHeapTest {
    private static final long BODY_BYTES = 50L * 1024 * 1024;
    private static final int LINES_PER_CHUNK = 1000;

    @RegisterExtension
    static final TestDatabase db = TestDatabase.postgres();

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.r2dbc.url", db::url);
    }

    @LocalServerPort
    int port;
    @Autowired
    Orm orm;

    @Test
    void aFiftyMegabyteImportRunsInA128MegabyteHeap() {
        assertThat(Runtime.getRuntime().maxMemory()).as("run by the bounded-heap execution").isLessThan(160L * 1024 * 1024);
        long before = orm.from(User.class).count().block(Duration.ofSeconds(30));
        String sample = line(9_999_999);
        long lines = BODY_BYTES / sample.length();
        Flux<DataBuffer> body = Flux.range(0, (int) (lines / LINES_PER_CHUNK)).map(chunk -> {
            StringBuilder text = new StringBuilder(LINES_PER_CHUNK * sample.length());
            for (int i = 0; i < LINES_PER_CHUNK; i++) {
                text.append(line(chunk * LINES_PER_CHUNK + i));
            }
            return DefaultDataBufferFactory.sharedInstance.wrap(text.toString().getBytes(StandardCharsets.UTF_8));
        });
        long expected = lines / LINES_PER_CHUNK * LINES_PER_CHUNK;

        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        AtomicLong peak = new AtomicLong();
        var sampler = Flux.interval(Duration.ofMillis(50), Schedulers.single())
                .subscribe(i -> peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max));
        long started = System.nanoTime();
        Imported imported;
        try {
            imported = WebClient.create("http://127.0.0.1:" + port).post().uri("/import/users")
                    .contentType(MediaType.APPLICATION_NDJSON).body(BodyInserters.fromDataBuffers(body))
                    .retrieve().bodyToMono(Imported.class).block(Duration.ofMinutes(5));
        } finally {
            sampler.dispose();
        }
        long millis = Duration.ofNanos(System.nanoTime() - started).toMillis();
        assertThat(imported).isNotNull();
        assertThat(imported.imported()).isEqualTo(expected);
        assertThat(orm.from(User.class).count().block(Duration.ofSeconds(60))).isEqualTo(before + expected);
        System.out.printf("[heap] imported %d users (%d MB of NDJSON) in %d ms; peak heap used %d MB of %d MB%n",
                expected, BODY_BYTES / 1024 / 1024, millis, peak.get() / 1024 / 1024,
                Runtime.getRuntime().maxMemory() / 1024 / 1024);
    }

    private static String line(int i) {
        return "{\"name\":\"Heap user " + i + "\",\"email\":\"heap" + i + "@import.example\"}\n";
    }

    /** The import's answer. */
    record Imported(long imported) {
    }
}
