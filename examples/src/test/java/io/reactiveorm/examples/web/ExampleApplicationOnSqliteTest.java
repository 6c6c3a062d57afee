package io.reactiveorm.examples.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.reactiveorm.Orm;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The same application on SQLite, chosen by spring.r2dbc.url alone: schema, seed data and the endpoints. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "example.seed.posts=50")
class ExampleApplicationOnSqliteTest {
    @TempDir
    static Path dir;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.r2dbc.url", () -> "r2dbc:sqlite:///" + dir.toAbsolutePath().resolve("example.db"));
    }

    @LocalServerPort
    int port;
    @Autowired
    Orm orm;

    @Test
    void servesBooksExportAndImportFromSqlite() {
        assertThat(orm.dialect().name()).isEqualTo("SQLite");
        WebTestClient client = WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port)
                .responseTimeout(Duration.ofSeconds(30)).build();
        client.get().uri("/books?include=author(lastname),reviews(title)&size=2").exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.items[1].title").isEqualTo("The Dispossessed")
                .jsonPath("$.items[1].author.lastname").isEqualTo("Le Guin")
                .jsonPath("$.items[1].reviews.length()").isEqualTo(2)
                .jsonPath("$.hasMore").isEqualTo(true);
        String export = client.get().uri("/export/posts").accept(MediaType.APPLICATION_NDJSON).exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
        assertThat(export.split("\n")).hasSize(50);
        client.post().uri("/import/users").contentType(MediaType.APPLICATION_NDJSON)
                .bodyValue("{\"name\":\"S\",\"email\":\"s@sqlite.example\"}\n").exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.imported").isEqualTo(1);
        client.post().uri("/books/2/reviews").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"title\":\"On SQLite\",\"reviewerId\":1}").exchange()
                .expectStatus().isCreated().expectBody().jsonPath("$.reviewCount").isEqualTo(3);
    }
}
