package io.reactiveorm.mysql;

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

/** MariaDB/MySQL identifier quoting checked against the live server's own keyword list. */
class MariaDbIdentifiersTest {

    @RegisterExtension
    static final TestDatabase db = TestDatabase.mariadb();

    private final SqlSyntax sql = MySqlDialectProvider.dialect().sql();

    @Test
    void everyWordOfInformationSchemaKeywordsIsQuoted() {
        List<String> keywords = Flux.usingWhen(MySqlTests.connectionFactory(db).create(), c -> Flux.from(c.createStatement(
                        "SELECT LOWER(word) FROM information_schema.KEYWORDS").execute())
                .concatMap(r -> r.map(row -> row.get(0, String.class))), Connection::close)
                .filter(word -> word.matches("[a-z_][a-z0-9_]*")).collectList().block(Duration.ofSeconds(10));
        assertThat(keywords).hasSizeGreaterThan(600).contains("current_date", "key", "id");
        assertThat(keywords).allSatisfy(word -> assertThat(sql.identifier(word)).isEqualTo('`' + word + '`'));
    }

    @Test
    void everyKeywordOfEveryDatabaseReadsBackAsItsOwnColumn() {
        assertThat(KeywordProbe.mismatches(MySqlTests.connectionFactory(db), sql, "INT", KeywordProbe.candidates())
                .block(Duration.ofSeconds(60))).isEmpty();
    }

    @Test
    void plainLowerCaseNamesStayBareEverythingElseIsQuoted() {
        assertThat(sql.identifier("published_at")).isEqualTo("published_at");
        assertThat(sql.identifier("Book")).isEqualTo("`Book`");
        assertThat(sql.identifier("odd `name`")).isEqualTo("`odd ``name```");
        assertThat(sql.identifier("rank")).as("a MySQL 8 keyword").isEqualTo("`rank`");
        assertThat(sql.generatedColumn("key")).as("r2dbc-mysql appends it to RETURNING as given").isEqualTo("`key`");
    }
}
