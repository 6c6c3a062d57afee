package io.reactiveorm.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import io.r2dbc.spi.Connection;
import io.reactiveorm.conformance.KeywordProbe;
import io.reactiveorm.spi.SqlSyntax;
import io.reactiveorm.testing.TestDatabase;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.core.publisher.Flux;

/** PostgreSQL's identifier quoting checked against the live server's own keyword list. */
class PostgresIdentifiersTest {

    @RegisterExtension
    static final TestDatabase db = TestDatabase.postgres();

    private final SqlSyntax sql = PostgresDialectProvider.dialect().sql();

    @Test
    void everyWordOfPgGetKeywordsIsQuoted() {
        List<String> keywords = Flux.usingWhen(db.connectionFactory().create(), c -> Flux.from(c.createStatement(
                        "SELECT word FROM pg_get_keywords()").execute()).concatMap(r -> r.map(row -> row.get(0, String.class))),
                Connection::close).collectList().block(Duration.ofSeconds(10));
        assertThat(keywords).hasSizeGreaterThan(400).contains("current_date", "window", "only", "name");
        assertThat(keywords).filteredOn(word -> sql.identifier(word).equals(word)).as("keywords left bare").isEmpty();
        assertThat(keywords).allSatisfy(word -> assertThat(sql.identifier(word)).isEqualTo('"' + word + '"'));
    }

    @Test
    void everyKeywordOfEveryDatabaseReadsBackAsItsOwnColumn() {
        assertThat(KeywordProbe.mismatches(db.connectionFactory(), sql, "integer", KeywordProbe.candidates())
                .block(Duration.ofSeconds(60))).isEmpty();
    }

    @Test
    void plainLowerCaseNamesStayBareEverythingElseIsQuoted() {
        assertThat(sql.identifier("published_at")).isEqualTo("published_at");
        assertThat(sql.identifier("rank")).as("no keyword in PostgreSQL").isEqualTo("rank");
        assertThat(sql.identifier("Book")).isEqualTo("\"Book\"");
        assertThat(sql.identifier("Mixed Case")).isEqualTo("\"Mixed Case\"");
        assertThat(sql.identifier("odd \"name\"")).isEqualTo("\"odd \"\"name\"\"\"");
        assertThat(sql.identifier("json_table")).as("a keyword from PostgreSQL 17").isEqualTo("\"json_table\"");
    }
}
