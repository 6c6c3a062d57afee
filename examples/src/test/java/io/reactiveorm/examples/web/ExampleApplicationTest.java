package io.reactiveorm.examples.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.r2dbc.pool.ConnectionPool;
import io.reactiveorm.Filter;
import io.reactiveorm.Orm;
import io.reactiveorm.examples.web.Blog.Post;
import io.reactiveorm.examples.web.Blog.User;
import io.reactiveorm.examples.web.Catalog.Book;
import io.reactiveorm.examples.web.Catalog.Review;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

/** Every endpoint over real HTTP on a random port, on the embedded H2 default, with BlockHound installed. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"example.seed.posts=" + ExampleApplicationTest.POSTS, "example.seed.comments-per-post=2"})
@Import(SqlProbe.class)
class ExampleApplicationTest {
    static final int POSTS = 8000;

    @LocalServerPort
    int port;
    @Autowired
    Orm orm;
    @Autowired
    SqlProbe probe;
    WebTestClient client;

    @BeforeEach
    void connect() {
        client = WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port).responseTimeout(Duration.ofSeconds(60))
                .codecs(c -> c.defaultCodecs().maxInMemorySize(64 * 1024 * 1024)).build();
        probe.postRows.set(0);
    }

    // ---- GET /books

    @Test
    void pagesThroughEveryBookWithTheCursor() {
        List<Long> ids = new ArrayList<>();
        String after = "";
        int pages = 0;
        while (after != null) {
            BookPage page = getBooks("/books?size=20&after=" + after);
            page.items().forEach(b -> ids.add(b.id()));
            assertThat(page.hasMore()).isEqualTo(page.nextCursor() != null);
            after = page.nextCursor();
            pages++;
        }
        assertThat(pages).isEqualTo(3);
        assertThat(ids).containsExactlyElementsOf(LongRange.of(1, DemoData.BOOKS));
    }

    @Test
    void loadsTheIncludeTreeTheClientAsksFor() {
        BookPage page = getBooks("/books?include=author(firstname,lastname),reviews(title,reviewer(firstname))&size=2");
        assertThat(page.items()).hasSize(2);
        assertThat(page.hasMore()).isTrue();
        Book dispossessed = page.items().get(1);
        assertThat(dispossessed.title()).isEqualTo("The Dispossessed");
        assertThat(dispossessed.author().lastname()).isEqualTo("Le Guin");
        List<Review> reviews = dispossessed.reviews();
        assertThat(reviews).extracting(Review::title).startsWith("An ambiguous utopia, still sharp", "Anarres made real");
        assertThat(reviews.get(0).reviewer().firstname()).isEqualTo("Ted");
        assertThat(reviews.get(0).reviewer().lastname()).as("not in the tree").isNull();
    }

    @Test
    void unknownFieldIs400NamingItAndRunsNoSql() {
        assertBadRequest("/books?include=author(firstname,shoeSize)", "include", "unknown field 'shoeSize' on Person");
    }

    @Test
    void unknownRelationIs400() {
        assertBadRequest("/books?include=title,publisher(name)", "include", "unknown field 'publisher' on Book");
    }

    @Test
    void tooDeepIs400() {
        assertBadRequest("/books?include=reviews(reviewer(books(reviews(title))))", "include", "deeper than the limit of 3");
    }

    @Test
    void malformedTextIs400NamingThePosition() {
        assertBadRequest("/books?include=title,author(firstname", "include", "Invalid include tree at position");
    }

    @Test
    void perIncludeLimitAboveTheMaximumIs400() {
        assertBadRequest("/books?include=reviews[limit=500](title)", "include", "limit 500 is above the maximum of 100");
    }

    @Test
    void pageSizeAboveTheMaximumIs400() {
        assertBadRequest("/books?size=101", "size", "size 101 is outside 1..100");
    }

    @Test
    void pageSizeThatIsNotANumberIs400() {
        assertBadRequest("/books?size=lots", "size", "'lots' is not a whole number");
    }

    @Test
    void foreignCursorIs400() {
        assertBadRequest("/books?after=not-a-cursor", "after", "invalid page cursor");
    }

    // ---- GET /export/posts

    @Test
    void exportStreamsTheFirstLineBeforeTheWholeExportIsRead() {
        Flux<Post> body = exportPosts();
        StepVerifier.create(body, 1)
                .assertNext(post -> {
                    assertThat(post.id()).isEqualTo(1L);
                    assertThat(post.title()).isEqualTo("Post 1");
                    assertThat(post.author().name()).isNotBlank();
                    assertThat(post.comments()).hasSize(2);
                    assertThat(probe.postRows.get()).as("rows decoded when the first line arrived").isLessThan(POSTS);
                })
                .thenCancel()
                .verify(Duration.ofSeconds(60));
    }

    @Test
    void exportWritesEveryPostAsOneLine() {
        String text = client.get().uri("/export/posts").accept(MediaType.APPLICATION_NDJSON).exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_NDJSON)
                .expectBody(String.class).returnResult().getResponseBody();
        String[] lines = text.split("\n");
        assertThat(lines).hasSize(POSTS);
        assertThat(lines[0]).startsWith("{\"id\":1,\"title\":\"Post 1\",\"author\":{");
        assertThat(lines[POSTS - 1]).startsWith("{\"id\":" + POSTS + ",");
    }

    @Test
    void clientThatDisconnectsStopsTheQueryAndFreesTheConnection() throws InterruptedException {
        ConnectionPool pool = (ConnectionPool) orm.connectionFactory();
        awaitNoConnectionAcquired(pool);
        StepVerifier.create(exportPosts().take(5))
                .assertNext(first -> assertThat(pool.getMetrics().orElseThrow().acquiredSize())
                        .as("the query holds a connection while it streams").isEqualTo(1))
                .expectNextCount(4)
                .verifyComplete();   // take(5) cancels the response: the client closes the connection
        awaitNoConnectionAcquired(pool);
        long decoded = probe.postRows.get();
        Thread.sleep(300);
        assertThat(probe.postRows.get()).as("no rows decoded after the cancel").isEqualTo(decoded).isLessThan(POSTS);
    }

    // ---- POST /import/users

    @Test
    void importLoadsEveryLineInChunks() {
        long before = users();
        int n = BlogController.IMPORT_CHUNK * 2 + 100;
        client.post().uri("/import/users").contentType(MediaType.APPLICATION_NDJSON).bodyValue(ndjsonUsers("ok", n, -1))
                .exchange().expectStatus().isOk().expectBody().jsonPath("$.imported").isEqualTo(n);
        assertThat(users()).isEqualTo(before + n);
        assertThat(orm.from(User.class).where(Filter.eq("email", "ok" + n + "@import.example")).fetchOne().block())
                .extracting(User::name).isEqualTo("Imported " + n);
    }

    @Test
    void importWithABadLineAfterTwoChunksWritesNothing() {
        long before = users();
        int bad = BlogController.IMPORT_CHUNK * 2 + 50;
        client.post().uri("/import/users").contentType(MediaType.APPLICATION_NDJSON).bodyValue(ndjsonUsers("badline", bad + 10, bad))
                .exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.parameter").isEqualTo("email")
                .jsonPath("$.message").isEqualTo("line " + bad + ": email is missing");
        assertThat(users()).as("rolled back").isEqualTo(before);
    }

    @Test
    void importWithMalformedJsonWritesNothing() {
        long before = users();
        String body = ndjsonUsers("malformed", BlogController.IMPORT_CHUNK + 10, -1) + "{\"name\": \"cut off\n";
        client.post().uri("/import/users").contentType(MediaType.APPLICATION_NDJSON).bodyValue(body)
                .exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.error").isEqualTo("bad_request").jsonPath("$.parameter").isEqualTo("body");
        assertThat(users()).isEqualTo(before);
    }

    @Test
    void importWithADuplicateEmailIs409AndWritesNothing() {
        long before = users();
        String body = ndjsonUsers("dup", 20, -1) + "{\"name\":\"Again\",\"email\":\"dup3@import.example\"}\n";
        client.post().uri("/import/users").contentType(MediaType.APPLICATION_NDJSON).bodyValue(body)
                .exchange().expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.error").isEqualTo("conflict");
        assertThat(users()).isEqualTo(before);
    }

    @Test
    void importWithAValueTooLongForItsColumnIs400NamingTheRowAndWritesNothing() {
        long before = users();
        String body = ndjsonUsers("long", 6, -1) + "{\"name\":\"" + "n".repeat(150) + "\",\"email\":\"long7@import.example\"}\n";
        String error = postError("/import/users", MediaType.APPLICATION_NDJSON, body, 400);
        assertThat(error).contains("\"error\":\"bad_request\"").contains("row 7").contains("nothing was written");
        assertThat(users()).isEqualTo(before);
    }

    @Test
    void importWithAFieldOfTheWrongTypeIs400NamingTheField() {
        long before = users();
        String body = ndjsonUsers("wrongtype", 3, -1) + "{\"name\":[\"A\"],\"email\":\"wrongtype4@import.example\"}\n";
        String error = postError("/import/users", MediaType.APPLICATION_NDJSON, body, 400);
        assertThat(error).contains("\"parameter\":\"body\"").contains("'name'");
        assertThat(users()).isEqualTo(before);
    }

    @Test
    void importErrorsNameNoInternals() {
        String malformed = ndjsonUsers("internals", 2, -1) + "{\"name\": \"cut off\n";
        assertThat(postError("/import/users", MediaType.APPLICATION_NDJSON, malformed, 400)).contains("malformed JSON");
        String duplicate = ndjsonUsers("internalsdup", 3, -1) + "{\"name\":\"Again\",\"email\":\"internalsdup1@import.example\"}\n";
        assertThat(postError("/import/users", MediaType.APPLICATION_NDJSON, duplicate, 409)).contains("row 4");
        assertThat(postError("/import/users", MediaType.TEXT_PLAIN, "name,email", 415)).contains("application/x-ndjson");
        assertThat(postError("/import/users", MediaType.APPLICATION_NDJSON, "{\"name\":\"A\",\"email\":\"a@b\",\"id\":\"x\"}\n", 400))
                .contains("'id'");
    }

    // ---- POST /books/{id}/reviews

    @Test
    void addingAReviewBumpsTheCounterInTheSameTransaction() {
        int before = reviewCount(3);
        long reviews = reviews();
        client.post().uri("/books/3/reviews").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("title", "Still unflinching", "reviewerId", 4))
                .exchange().expectStatus().isCreated()
                .expectBody()
                .jsonPath("$.review.title").isEqualTo("Still unflinching")
                .jsonPath("$.review.bookId").isEqualTo(3)
                .jsonPath("$.reviewCount").isEqualTo(before + 1);
        assertThat(reviewCount(3)).isEqualTo(before + 1);
        assertThat(reviews()).isEqualTo(reviews + 1);
    }

    @Test
    void aReviewByAMissingReviewerRollsTheCounterBack() {
        int before = reviewCount(3);
        long reviews = reviews();
        client.post().uri("/books/3/reviews").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("title", "Ghost review", "reviewerId", 999))
                .exchange().expectStatus().isEqualTo(409);
        assertThat(reviewCount(3)).as("the increment rolled back with the failed insert").isEqualTo(before);
        assertThat(reviews()).isEqualTo(reviews);
    }

    @Test
    void aReviewOfAMissingBookIs404() {
        long reviews = reviews();
        client.post().uri("/books/999/reviews").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("title", "Nothing to review", "reviewerId", 1))
                .exchange().expectStatus().isNotFound()
                .expectBody().jsonPath("$.message").isEqualTo("no book with id 999");
        assertThat(reviews()).isEqualTo(reviews);
    }

    @Test
    void aReviewWithoutATitleIs400() {
        long before = probe.statements.get();
        client.post().uri("/books/3/reviews").contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("reviewerId", 1))
                .exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.parameter").isEqualTo("title");
        assertThat(probe.statements.get()).isEqualTo(before);
    }

    @Test
    void aReviewWithATitleTooLongForItsColumnIs400AndRollsTheCounterBack() {
        int before = reviewCount(3);
        String error = postError("/books/3/reviews", MediaType.APPLICATION_JSON,
                "{\"title\":\"" + "t".repeat(300) + "\",\"reviewerId\":1}", 400);
        assertThat(error).contains("does not fit its column");
        assertThat(reviewCount(3)).isEqualTo(before);
    }

    @Test
    void reviewInputOfTheWrongShapeIs400WithoutInternals() {
        assertThat(postError("/books/3/reviews", MediaType.APPLICATION_JSON, "{\"title\":\"x\",\"reviewerId\":\"abc\"}", 400))
                .contains("'reviewerId'");
        assertThat(postError("/books/3/reviews", MediaType.APPLICATION_JSON, "{\"title\": ", 400)).contains("malformed JSON");
        assertThat(postError("/books/three/reviews", MediaType.APPLICATION_JSON, "{\"title\":\"x\"}", 400))
                .contains("\"parameter\":\"id\"").contains("'three'");
        assertThat(postError("/books/3/reviews", MediaType.APPLICATION_JSON, "{\"title\":\"x\",\"reviewerId\":1e400}", 400))
                .contains("'reviewerId'");
    }

    // ---- helpers

    private BookPage getBooks(String uri) {
        return client.get().uri(uri).exchange().expectStatus().isOk().expectBody(BookPage.class).returnResult().getResponseBody();
    }

    private void assertBadRequest(String uri, String parameter, String messagePart) {
        long before = probe.statements.get();
        client.get().uri(uri).exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
                .expectBody()
                .jsonPath("$.error").isEqualTo("bad_request")
                .jsonPath("$.parameter").isEqualTo(parameter)
                .jsonPath("$.message").value(String.class, m -> assertThat(m).contains(messagePart));
        assertThat(probe.statements.get()).as("no SQL was sent").isEqualTo(before);
    }

    /**
     * Posts a body, expects the status, and checks that the error body names no class, method, SQL or stack frame.
     *
     * @return the error body
     */
    private String postError(String uri, MediaType type, String body, int status) {
        String error = client.post().uri(uri).contentType(type).bodyValue(body).exchange()
                .expectStatus().isEqualTo(status).expectBody(String.class).returnResult().getResponseBody();
        assertThat(error).as("error body").isNotNull()
                .doesNotContain("io.reactiveorm", "java.", "tools.jackson", "org.springframework", "Exception", "$", "\tat ",
                        "SELECT", "INSERT", "UPDATE", "Source:", "reference chain");
        return error;
    }

    private Flux<Post> exportPosts() {
        return client.get().uri("/export/posts").accept(MediaType.APPLICATION_NDJSON).exchange()
                .expectStatus().isOk().returnResult(Post.class).getResponseBody();
    }

    private static void awaitNoConnectionAcquired(ConnectionPool pool) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (pool.getMetrics().orElseThrow().acquiredSize() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(pool.getMetrics().orElseThrow().acquiredSize()).as("connections still acquired").isZero();
    }

    private static String ndjsonUsers(String prefix, int n, int lineWithoutEmail) {
        return IntStream.rangeClosed(1, n)
                .mapToObj(i -> i == lineWithoutEmail ? "{\"name\":\"Imported " + i + "\"}"
                        : "{\"name\":\"Imported " + i + "\",\"email\":\"" + prefix + i + "@import.example\"}")
                .collect(Collectors.joining("\n", "", "\n"));
    }

    private long users() {
        return orm.from(User.class).count().block(Duration.ofSeconds(10));
    }

    private long reviews() {
        return orm.from(Review.class).count().block(Duration.ofSeconds(10));
    }

    private int reviewCount(long bookId) {
        return orm.from(Book.class).where(Filter.eq("id", bookId)).fetchOne().block(Duration.ofSeconds(10)).reviewCount();
    }

    /** Expected ids. */
    private static final class LongRange {
        static List<Long> of(long from, long to) {
            List<Long> out = new ArrayList<>();
            for (long i = from; i <= to; i++) {
                out.add(i);
            }
            return out;
        }
    }
}
