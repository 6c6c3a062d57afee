package io.reactiveorm.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import io.reactiveorm.Orm;
import io.reactiveorm.Sort;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import io.reactiveorm.testing.TestDatabase;
import reactor.core.publisher.Flux;

/**
 * Exports a 1,000,000-row table as NDJSON through {@code stream(1000)} (keyset pages) and through {@code fetchAll()}
 * (one query with a fetch size), in the 64 MB heap surefire gives {@code *HeapTest} classes: buffering the table
 * would fail with OutOfMemoryError. The rows are checked by count, id sum and bytes written.
 */
class PostgresExportHeapTest {
    private static final long ROWS = 1_000_000;

    @RegisterExtension
    static final TestDatabase db = TestDatabase.postgres();

    private static Orm orm;

    @BeforeAll
    static void load() {
        db.execute(ExportRow.SCHEMA).block(Duration.ofMinutes(2));
        orm = Orm.builder(db.connectionFactory()).pool(true, 2).build();
    }

    @AfterAll
    static void close() {
        if (orm != null) {
            orm.close().block(Duration.ofSeconds(10));
        }
    }

    @Test
    void keysetStreamExportsAMillionRowsInABoundedHeap() throws Exception {
        export(orm.from(ExportRow.class).orderBy(Sort.asc("id")).stream(1000), "stream(1000)");
    }

    @Test
    void fetchAllExportsAMillionRowsInABoundedHeap() throws Exception {
        export(orm.from(ExportRow.class).orderBy(Sort.asc("id")).fetchAll(), "fetchAll()");
    }

    private static void export(Flux<ExportRow> rows, String path) throws Exception {
        ExportRow.CountingSink sink = new ExportRow.CountingSink();
        ExportRow.Writer writer = new ExportRow.Writer(new JsonFactory().createGenerator(sink));
        AtomicLong count = new AtomicLong();
        AtomicLong idSum = new AtomicLong();
        AtomicLong previous = new AtomicLong();
        long start = System.nanoTime();
        rows.doOnNext(row -> {
            if (row.id() <= previous.getAndSet(row.id())) {
                throw new AssertionError("out of order at id " + row.id());
            }
            writer.write(row);
            count.incrementAndGet();
            idSum.addAndGet(row.id());
        }).then().block(Duration.ofSeconds(60));
        writer.flush();
        double seconds = (System.nanoTime() - start) / 1e9;
        assertThat(count.get()).isEqualTo(ROWS);
        assertThat(idSum.get()).isEqualTo(ROWS * (ROWS + 1) / 2);
        assertThat(sink.bytes()).isGreaterThan(ROWS * 60);
        assertThat(Runtime.getRuntime().maxMemory()).as("the heap is capped by surefire").isLessThan(70L * 1024 * 1024);
        System.out.printf("%s: %,d rows, %,d bytes in %.1f s (%,.0f rows/s), peak heap %.1f MB%n", path, count.get(),
                sink.bytes(), seconds, count.get() / seconds, peakHeap() / 1048576.0);
    }

    static long peakHeap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }
}
