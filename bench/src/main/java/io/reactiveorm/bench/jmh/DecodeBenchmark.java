package io.reactiveorm.bench.jmh;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.reactiveorm.IncludeLimits;
import io.reactiveorm.IncludeTree;
import io.reactiveorm.JsonEncoding;
import io.reactiveorm.Sort;
import io.reactiveorm.bench.model.Library.Book;
import io.reactiveorm.internal.mapping.ValueReader;
import io.reactiveorm.internal.model.EntityModels;
import io.reactiveorm.internal.plan.CompiledQuery;
import io.reactiveorm.internal.plan.QueryCompiler;
import io.reactiveorm.internal.plan.QueryShape;
import io.reactiveorm.postgres.PostgresDialectProvider;
import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Decodes one root row of the reference tree (a book with its author and about 4 reviews, each with its reviewer and
 * the reviewer's about 5 books) through the ORM's compiled reader, as the executor does for each row; one operation
 * is one root row. Run with {@code -prof gc} for the bytes allocated per row.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class DecodeBenchmark {
    private static final int ROWS = 100;

    /** How nested objects are encoded. */
    @Param({"ARRAYS", "KEYS"})
    public JsonEncoding encoding;

    private byte[][] rows;
    private ValueReader reader;
    private JsonFactory json;
    private int next;

    /** Compiles the reference query and builds the rows; checks that every row decodes to the generated shape. */
    @Setup
    public void setUp() throws IOException {
        IncludeTree tree = IncludeTree.parse(ReferenceTree.TEXT);
        QueryCompiler compiler = new QueryCompiler(PostgresDialectProvider.dialect(), encoding, new EntityModels(),
                IncludeLimits.DEFAULT);
        CompiledQuery compiled = compiler.compile(QueryShape.of(Book.class, tree, ReferenceTree.range(1),
                List.of(Sort.asc("id")), null, false, false), ReferenceTree.range(1));
        reader = Objects.requireNonNull(compiled.reader());
        json = JsonMapper.builder().build().getFactory();
        rows = ReferenceJson.books(encoding, ROWS);
        long reviews = 0;
        long reviewerBooks = 0;
        long bytes = 0;
        for (byte[] row : rows) {
            Book book = decode(row);
            if (book.id() < 20_001 || book.title().isEmpty() || book.author().lastname().isEmpty()) {
                throw new IllegalStateException("decoded wrongly: " + book);
            }
            reviews += book.reviews().size();
            reviewerBooks += book.reviews().stream().mapToInt(r -> r.reviewer().books().size()).sum();
            bytes += row.length;
        }
        if (reviews < 3 * ROWS || reviewerBooks < 4 * reviews) {
            throw new IllegalStateException("unexpected shape: " + reviews + " reviews, " + reviewerBooks + " books");
        }
        System.out.printf("%n%s: %d rows, %d bytes, %d reviews, %d reviewer books%n", encoding, ROWS, bytes, reviews,
                reviewerBooks);
    }

    /** @return one decoded root row */
    @Benchmark
    public Book decodeOneRootRow() throws IOException {
        byte[] row = rows[next];
        next = next + 1 == ROWS ? 0 : next + 1;
        return decode(row);
    }

    private Book decode(byte[] row) throws IOException {
        try (JsonParser parser = json.createParser(row)) {
            parser.nextToken();
            return (Book) Objects.requireNonNull(reader.read(parser));
        }
    }
}
