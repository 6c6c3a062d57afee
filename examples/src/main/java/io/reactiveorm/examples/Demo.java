package io.reactiveorm.examples;

import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactories;
import io.r2dbc.spi.ConnectionFactory;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Runnable demo on embedded H2 through plain R2DBC: creates a table, inserts rows with bind parameters and prints them
 * back. It will be replaced by a demo of the ORM API once that exists.
 */
public final class Demo {

    /** A row of the demo table. */
    record Book(int id, String title, LocalDate publishedAt) {}

    private Demo() {}

    public static void main(String[] args) {
        ConnectionFactory factory = ConnectionFactories.get("r2dbc:h2:mem:///demo;DB_CLOSE_DELAY=-1");
        List<Book> books = List.of(
                new Book(1, "The Dispossessed", LocalDate.of(1974, 5, 1)),
                new Book(2, "Kindred", LocalDate.of(1979, 6, 1)),
                new Book(3, "Piranesi", LocalDate.of(2020, 9, 15)));

        Flux<Book> program = Flux.usingWhen(factory.create(), c -> Mono.from(c.createStatement(
                                "CREATE TABLE book (id INT PRIMARY KEY, title VARCHAR(200) NOT NULL, published_at DATE)")
                        .execute())
                .flatMap(r -> Mono.from(r.getRowsUpdated()))
                .thenMany(Flux.fromIterable(books).concatMap(b -> insert(c, b)))
                .thenMany(Flux.from(c.createStatement(
                                "SELECT id, title, published_at FROM book WHERE published_at >= $1 ORDER BY id")
                        .bind(0, LocalDate.of(1975, 1, 1))
                        .execute()))
                .concatMap(r -> r.map(row -> new Book(
                        row.get("id", Integer.class),
                        row.get("title", String.class),
                        row.get("published_at", LocalDate.class)))),
                Connection::close);

        List<Book> published = program.collectList().block(Duration.ofSeconds(30));
        System.out.println("Books published since 1975 (H2, plain R2DBC):");
        published.forEach(b -> System.out.printf("  #%d %-20s %s%n", b.id(), b.title(), b.publishedAt()));
    }

    private static Mono<Long> insert(Connection c, Book book) {
        return Flux.from(c.createStatement("INSERT INTO book (id, title, published_at) VALUES ($1, $2, $3)")
                        .bind(0, book.id())
                        .bind(1, book.title())
                        .bind(2, book.publishedAt())
                        .execute())
                .concatMap(r -> r.getRowsUpdated())
                .reduce(0L, Long::sum);
    }
}
