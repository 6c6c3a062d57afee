package io.reactiveorm.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

class ParsedSqlTest {

  @Test
  void anonymousMarkersAreNumberedInOrder() {
    ParsedSql p = ParsedSql.parse("SELECT * FROM t WHERE a = ? AND b = ?");
    assertThat(p.parameterCount()).isEqualTo(2);
    assertThat(p.isQuery()).isTrue();
  }

  @Test
  void dollarMarkersAreRewrittenAndBindableByName() {
    ParsedSql p = ParsedSql.parse("UPDATE t SET a = $2 WHERE id = $1");
    assertThat(p.sql()).isEqualTo("UPDATE t SET a = ?2 WHERE id = ?1");
    assertThat(p.parameterCount()).isEqualTo(2);
    assertThat(p.indexOf("$1")).isEqualTo(1);
    assertThat(p.indexOf("$2")).isEqualTo(2);
    assertThat(p.isQuery()).isFalse();
    assertThat(p.returnsRowCount()).isTrue();
  }

  @Test
  void markersInLiteralsAndCommentsAreIgnored() {
    ParsedSql p = ParsedSql.parse(
        "/* ? */ SELECT '?', \"$1\", 'it''s ?' -- ?\n FROM t WHERE x = :name AND y = :name");
    assertThat(p.parameterCount()).isEqualTo(1);
    assertThat(p.indexOf(":name")).isEqualTo(1);
    assertThat(p.indexOf("name")).isEqualTo(1);
    assertThat(p.keyword()).isEqualTo("SELECT");
    assertThatThrownBy(() -> p.indexOf("other")).isInstanceOf(NoSuchElementException.class);
  }

  @Test
  void withStatementsAreNotRoutedToReaders() {
    assertThat(ParsedSql.parse("WITH x AS (SELECT 1) DELETE FROM t").isQuery()).isFalse();
    assertThat(ParsedSql.parse("  (SELECT 1)").isQuery()).isTrue();
  }

  @Test
  void textIsSplitAtTheSemicolonsThatEndStatements() {
    assertThat(ParsedSql.statements("INSERT INTO t VALUES ('a;b'); -- c;\nSELECT \"x;\" FROM t /* ; */;  "))
        .containsExactly("INSERT INTO t VALUES ('a;b')", "-- c;\nSELECT \"x;\" FROM t /* ; */");
    assertThat(ParsedSql.statements("SELECT 1;")).containsExactly("SELECT 1");
    String trigger = "CREATE TRIGGER t AFTER INSERT ON a BEGIN INSERT INTO b VALUES (1); DELETE FROM c; END";
    assertThat(ParsedSql.statements(trigger)).as("a trigger body is one statement").containsExactly(trigger);
  }

  @Test
  void severalStatementsTakeNoParameters() {
    assertThatThrownBy(() -> new SqliteStatement(null, "INSERT INTO t VALUES (?); SELECT 1"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("need a single statement, got 2");
    assertThatThrownBy(() -> new SqliteStatement(null, null))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("sql must not be null");
  }
}
