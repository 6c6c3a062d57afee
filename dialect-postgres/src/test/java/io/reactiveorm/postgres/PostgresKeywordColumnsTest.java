package io.reactiveorm.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import io.reactiveorm.Filter;
import io.reactiveorm.Orm;
import io.reactiveorm.conformance.KeywordColumnsConformance;
import io.reactiveorm.conformance.Keywords.Ledger;
import io.reactiveorm.testing.TestDatabase;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Keyword, mixed-case and spaced identifiers on PostgreSQL. */
class PostgresKeywordColumnsTest extends KeywordColumnsConformance {

    @RegisterExtension
    static final TestDatabase db = TestDatabase.postgres();

    @Override
    protected ConnectionFactory connectionFactory() {
        return db.connectionFactory();
    }

    @Override
    protected String schemaResource() {
        return "/conformance/postgresql-keywords.sql";
    }

    /** Bare, {@code current_date} is the function: {@code WHERE current_date = $1} would match every row. */
    @Test
    void filtersOnCurrentDateReachOnlyTheRowOfThatDateNotEveryRow() {
        LocalDate today = sql("INSERT INTO \"order\" (\"key\", \"current_date\", \"window\") VALUES (91, current_date - 1, 'w'),"
                + " (92, current_date, 'w'), (93, current_date + 1, 'w') RETURNING current_date").blockLast(Duration.ofSeconds(10));
        Orm orm = orm();
        assertThat(orm.updateAll(Ledger.class).set("user", "changed").where(Filter.eq("currentDate", today)).execute()
                .block(Duration.ofSeconds(10))).isEqualTo(1L);
        assertThat(orm.deleteAll(Ledger.class).where(Filter.eq("currentDate", today)).execute().block(Duration.ofSeconds(10)))
                .isEqualTo(1L);
        assertThat(sql("SELECT \"current_date\" FROM \"order\" ORDER BY \"key\"").collectList().block(Duration.ofSeconds(10)))
                .containsExactly(today.minusDays(1), today.plusDays(1));
    }

    private static Flux<LocalDate> sql(String sql) {
        return Flux.usingWhen(db.connectionFactory().create(), c -> Flux.from(c.createStatement(sql).execute())
                .concatMap(r -> r.map(row -> row.get(0, LocalDate.class))), Connection::close);
    }
}
