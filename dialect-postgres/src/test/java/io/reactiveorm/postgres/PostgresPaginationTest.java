package io.reactiveorm.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import io.reactiveorm.IncludeTree;
import io.reactiveorm.Page;
import io.reactiveorm.PageRequest;
import io.reactiveorm.Sort;
import io.reactiveorm.conformance.PaginationConformance;
import io.reactiveorm.conformance.Paged.Item;
import io.reactiveorm.testing.TestDatabase;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The pagination conformance suite on PostgreSQL, plus the plan of a uniform-direction keyset page. */
class PostgresPaginationTest extends PaginationConformance {

    @RegisterExtension
    static final TestDatabase db = TestDatabase.postgres();

    @Override
    protected ConnectionFactory connectionFactory() {
        return db.connectionFactory();
    }

    @Override
    protected List<String> afterLoad() {
        return List.of("ANALYZE pitem", "ANALYZE ptag");
    }

    @Test
    void uniformDirectionPageSeeksTheCompositeIndexWithARowComparison() {
        var query = orm().from(Item.class).includeTree(IncludeTree.parse("label,tags(name)")).orderBy(Sort.asc("day"));
        Page<Item> first = Objects.requireNonNull(query.page(PageRequest.first(20)).block(Duration.ofSeconds(10)));
        int before = statements().size();
        query.page(PageRequest.after(Objects.requireNonNull(first.nextCursor()), 20)).block(Duration.ofSeconds(10));
        String sql = statements().get(before);
        assertThat(sql).contains("WHERE (t0.day_on, t0.id) > ($1, $2)").contains("ORDER BY t0.day_on, t0.id LIMIT 21");
        LocalDate day = LocalDate.of(2020, 1, 20);
        List<String> plan = Mono.usingWhen(db.connectionFactory().create(), c -> Flux.from(c.createStatement("EXPLAIN " + sql)
                        .bind(0, day).bind(1, 5000L).execute())
                .concatMap(r -> r.map(row -> row.get(0, String.class))).collectList(), Connection::close)
                .block(Duration.ofSeconds(10));
        String text = String.join("\n", Objects.requireNonNull(plan));
        assertThat(text).as(text).contains("Index Cond: (ROW(day_on, id) > ROW(").contains("pitem_day_id")
                .doesNotContain("Sort Key").doesNotContain("Seq Scan on pitem");
    }
}
