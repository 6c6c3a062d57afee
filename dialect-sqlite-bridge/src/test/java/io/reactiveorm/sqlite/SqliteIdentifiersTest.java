package io.reactiveorm.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import io.reactiveorm.conformance.KeywordProbe;
import io.reactiveorm.spi.SqlSyntax;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** SQLite's identifier quoting checked on SQLite itself: every keyword of the four databases works as a column name. */
class SqliteIdentifiersTest {

  @RegisterExtension
  static final SqliteTestDatabase db = SqliteTestDatabase.file();

  private final SqlSyntax sql = SqliteDialectProvider.dialect().sql();

  @Test
  void everyKeywordOfEveryDatabaseReadsBackAsItsOwnColumn() {
    assertThat(KeywordProbe.mismatches(db.connectionFactory(), sql, "INTEGER", KeywordProbe.candidates())
        .block(Duration.ofSeconds(60))).isEmpty();
  }

  @Test
  void functionLikeKeywordsAreQuoted() {
    assertThat(sql.identifier("current_date")).isEqualTo("\"current_date\"");
    assertThat(sql.identifier("current_user")).as("a keyword elsewhere only").isEqualTo("current_user");
    assertThat(sql.generatedColumn("key")).as("the bridge appends it to RETURNING as given").isEqualTo("\"key\"");
  }
}
