package io.reactiveorm.examples.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.reactiveorm.Orm;
import io.reactiveorm.examples.web.Blog.User;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;
import reactor.core.publisher.Flux;

/**
 * The import's size limits, set small here: a body past {@code example.import.max-body-size} (declared or streamed)
 * and a line past {@code example.import.max-line-size} answer 413 naming the limit, never 500, and write nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"example.seed.posts=10", "example.import.max-body-size=1MB", "example.import.max-line-size=64KB"})
class ImportLimitsTest {
    private static final int MAX_BODY = 1024 * 1024;

    @LocalServerPort
    int port;
    @Autowired
    Orm orm;
    WebTestClient client;

    @BeforeEach
    void connect() {
        client = WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port).responseTimeout(Duration.ofSeconds(60))
                .build();
    }

    @Test
    void aLineOverTheCodecLimitIs413NamingIt() {
        long before = users();
        String line = "{\"name\":\"" + "n".repeat(200_000) + "\",\"email\":\"long@import.example\"}\n";
        client.post().uri("/import/users").contentType(MediaType.APPLICATION_NDJSON)
                .bodyValue(user(1) + line + user(2)).exchange()
                .expectStatus().isEqualTo(413)
                .expectBody().jsonPath("$.error").isEqualTo("payload_too_large")
                .jsonPath("$.message").value(m -> assertThat((String) m).contains("longer than 65536 bytes"));
        assertThat(users()).isEqualTo(before);
    }

    @Test
    void aDeclaredBodyOverTheLimitIs413BeforeAnythingIsRead() {
        long before = users();
        StringBuilder body = new StringBuilder();
        for (int i = 0; body.length() <= MAX_BODY; i++) {
            body.append(user(i));
        }
        client.post().uri("/import/users").contentType(MediaType.APPLICATION_NDJSON).bodyValue(body.toString())
                .exchange().expectStatus().isEqualTo(413)
                .expectBody().jsonPath("$.message").value(m -> assertThat((String) m).contains("larger than 1048576 bytes"));
        assertThat(users()).isEqualTo(before);
    }

    @Test
    void aStreamedBodyThatGrowsPastTheLimitIs413AndWritesNothing() {
        long before = users();
        Flux<String> lines = Flux.range(0, 40_000).map(ImportLimitsTest::user); // about 2 MB, sent chunked
        client.post().uri("/import/users").contentType(MediaType.APPLICATION_NDJSON)
                .body(BodyInserters.fromPublisher(lines, String.class)).exchange()
                .expectStatus().isEqualTo(413)
                .expectBody().jsonPath("$.parameter").isEqualTo("body")
                .jsonPath("$.message").value(m -> assertThat((String) m).contains("larger than 1048576 bytes"));
        assertThat(users()).as("rolled back").isEqualTo(before);
    }

    private static String user(int i) {
        return "{\"name\":\"Limit " + i + "\",\"email\":\"limit" + i + "@import.example\"}\n";
    }

    private long users() {
        return orm.from(User.class).count().block(Duration.ofSeconds(10));
    }
}
