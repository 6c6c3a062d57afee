package io.reactiveorm.examples.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.reactiveorm.Filter;
import io.reactiveorm.Orm;
import io.reactiveorm.examples.web.Blog.User;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** A JSON attribute (a Jackson 2 tree) goes in and out of the endpoints as JSON under Spring Boot 4's Jackson 3. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"example.seed.posts=10", "spring.r2dbc.generate-unique-name=true"})
class JsonAttributeEndpointTest {
    @LocalServerPort
    int port;
    @Autowired
    Orm orm;

    @Test
    void aJsonAttributeIsReadAndWrittenAsJson() {
        WebTestClient client = WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port)
                .responseTimeout(Duration.ofSeconds(30)).build();
        client.post().uri("/import/users").contentType(MediaType.APPLICATION_NDJSON)
                .bodyValue("{\"name\":\"Ada\",\"email\":\"ada@json.example\",\"profile\":{\"lang\":\"en\",\"tags\":[\"math\",7],\"vip\":true}}\n"
                        + "{\"name\":\"Alan\",\"email\":\"alan@json.example\"}\n")
                .exchange().expectStatus().isOk().expectBody().jsonPath("$.imported").isEqualTo(2);
        User ada = orm.from(User.class).where(Filter.eq("email", "ada@json.example")).fetchOne().block(Duration.ofSeconds(10));
        assertThat(ada.profile().get("tags").get(1).asInt()).as("stored as JSON").isEqualTo(7);

        client.get().uri("/users/{id}", ada.id()).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.name").isEqualTo("Ada")
                .jsonPath("$.profile.lang").isEqualTo("en")
                .jsonPath("$.profile.tags[0]").isEqualTo("math")
                .jsonPath("$.profile.tags[1]").isEqualTo(7)
                .jsonPath("$.profile.vip").isEqualTo(true)
                .jsonPath("$.profile.nodeType").doesNotExist();
        long alan = orm.from(User.class).where(Filter.eq("email", "alan@json.example")).fetchOne().block(Duration.ofSeconds(10)).id();
        client.get().uri("/users/{id}", alan).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.profile").doesNotExist();
    }
}
