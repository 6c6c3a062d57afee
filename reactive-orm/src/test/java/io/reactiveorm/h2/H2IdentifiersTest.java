package io.reactiveorm.h2;

import static org.assertj.core.api.Assertions.assertThat;

import io.reactiveorm.conformance.KeywordProbe;
import io.reactiveorm.spi.SqlSyntax;
import io.reactiveorm.testing.TestDatabase;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** H2's identifier quoting checked on H2 itself: every keyword of the four databases works as a column name. */
class H2IdentifiersTest {

    @RegisterExtension
    static final TestDatabase db = TestDatabase.h2();

    private final SqlSyntax sql = H2DialectProvider.dialect().sql();

    @Test
    void everyKeywordOfEveryDatabaseReadsBackAsItsOwnColumn() {
        assertThat(KeywordProbe.mismatches(db.connectionFactory(), sql, "INTEGER", KeywordProbe.candidates())
                .block(Duration.ofSeconds(60))).isEmpty();
    }

    @Test
    void functionLikeKeywordsAreQuotedInUpperCase() {
        assertThat(sql.identifier("current_date")).isEqualTo("\"CURRENT_DATE\"");
        assertThat(sql.identifier("window")).isEqualTo("\"WINDOW\"");
        assertThat(sql.identifier("Mixed Case")).isEqualTo("\"Mixed Case\"");
        assertThat(sql.generatedColumn("key")).as("r2dbc-h2 looks the generated column up by name").isEqualTo("key");
    }
}
