package io.reactiveorm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.reactiveorm.conformance.Accounts.Account;
import io.reactiveorm.conformance.SchemaScripts;
import io.reactiveorm.testing.TestDatabase;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.core.publisher.Flux;

/**
 * Sizes at the public API: out of range fails with {@link InvalidQueryException} naming the parameter and the
 * allowed range before any SQL, and the largest allowed sizes run (a page of {@code Integer.MAX_VALUE} once sent
 * {@code LIMIT -2147483648}, as {@code size + 1} overflowed).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SizeLimitsTest {
    private static final Duration WAIT = Duration.ofSeconds(30);

    @RegisterExtension
    static final TestDatabase db = TestDatabase.h2();

    private Orm orm;

    @BeforeAll
    void createSchema() {
        SchemaScripts.run(db.connectionFactory(), "/conformance/h2-writes.sql").block(WAIT);
        orm = Orm.builder(db.connectionFactory()).pool(true, 2).build();
        orm.insertAll(List.of(Account.of("a", "1"), Account.of("b", "2"), Account.of("c", "3"))).block(WAIT);
    }

    @AfterAll
    void close() {
        orm.close().block(WAIT);
    }

    private static void assertOutOfRange(ThrowingCallable call, String message) {
        assertThatThrownBy(call).isInstanceOf(InvalidQueryException.class).hasMessage(message);
    }

    @Test
    void pageSizesOutsideOneToMaxSizeFailNamingTheRange() {
        for (int size : new int[] {Integer.MAX_VALUE, PageRequest.MAX_SIZE + 1, 0, -1, Integer.MIN_VALUE}) {
            String message = "page size " + size + " is outside 1..1000000";
            assertOutOfRange(() -> PageRequest.first(size), message);
            assertOutOfRange(() -> PageRequest.after("cursor", size), message);
            assertOutOfRange(() -> PageRequest.before("cursor", size), message);
        }
    }

    @Test
    void streamBatchSizesOutsideOneToMaxSizeFailNamingTheRange() {
        Query<Account> query = orm.from(Account.class);
        for (int size : new int[] {Integer.MAX_VALUE, PageRequest.MAX_SIZE + 1, 0, -1, Integer.MIN_VALUE}) {
            assertOutOfRange(() -> query.stream(size), "stream batchSize " + size + " is outside 1..1000000");
        }
    }

    @Test
    void negativeLimitsOffsetsAndBulkBatchSizesFail() {
        assertOutOfRange(() -> orm.from(Account.class).limit(-1), "limit -1 is outside 0..2147483647");
        assertOutOfRange(() -> orm.from(Account.class).limit(Integer.MIN_VALUE), "limit -2147483648 is outside 0..2147483647");
        assertOutOfRange(() -> orm.from(Account.class).offset(-1), "offset -1 is outside 0..9223372036854775807");
        assertOutOfRange(() -> IncludeTree.builder().limit(-1).build(), "include limit -1 is outside 0..2147483647");
        assertOutOfRange(() -> orm.bulk(Account.class).batchSize(0), "bulk batchSize 0 is outside 1..1000000");
        assertOutOfRange(() -> orm.bulk(Account.class).batchSize(Integer.MAX_VALUE),
                "bulk batchSize 2147483647 is outside 1..1000000");
    }

    @Test
    void theLargestSizesRun() {
        Page<Account> page = orm.from(Account.class).orderBy(Sort.asc("name")).page(PageRequest.first(PageRequest.MAX_SIZE))
                .block(WAIT);
        assertThat(page.items()).extracting(Account::name).containsExactly("a", "b", "c");
        assertThat(page.hasMore()).isFalse();
        assertThat(orm.from(Account.class).orderBy(Sort.desc("name")).stream(PageRequest.MAX_SIZE).map(Account::name)
                .collectList().block(WAIT)).containsExactly("c", "b", "a");
        Query<Account> all = orm.from(Account.class).orderBy(Sort.asc("name")).limit(Integer.MAX_VALUE).offset(Long.MAX_VALUE);
        assertThat(all.toSql()).contains("2147483647").doesNotContain("-");
        assertThat(orm.from(Account.class).limit(Integer.MAX_VALUE).fetchAll().count().block(WAIT)).isEqualTo(3L);
        assertThat(all.fetchAll().collectList().block(WAIT)).isEmpty();
        assertThat(orm.bulk(Account.class).batchSize(BulkLoad.MAX_BATCH_SIZE)
                .load(Flux.just(new Account(100L, "d", BigDecimal.ONE, "x", null))).block(WAIT)).isEqualTo(1L);
    }
}
