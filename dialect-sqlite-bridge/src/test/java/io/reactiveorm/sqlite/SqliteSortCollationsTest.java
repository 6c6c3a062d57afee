package io.reactiveorm.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import io.r2dbc.spi.Connection;
import io.reactiveorm.IncludeTree;
import io.reactiveorm.Orm;
import io.reactiveorm.Page;
import io.reactiveorm.PageRequest;
import io.reactiveorm.Sort;
import io.reactiveorm.Table;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Decimals and instants kept as text (written by other programs, with any scale and offset) sort by value, not as
 * text: at the root, inside includes and across keyset pages.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SqliteSortCollationsTest {
  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  @RegisterExtension
  static final SqliteTestDatabase db = SqliteTestDatabase.file();

  private Orm orm;

  /** A row with text-stored values. */
  @Table("reading")
  record Reading(Long id, BigDecimal amount, OffsetDateTime taken, Long groupId) {}

  /** Holds readings. */
  @Table("reading_group")
  record Group(Long id, @io.reactiveorm.HasMany(foreignKey = "group_id") List<Reading> readings) {}

  @BeforeAll
  void fill() {
    Connection c = Db.connect(db.connectionFactory());
    try {
      Db.update(c, "CREATE TABLE reading_group (id INTEGER PRIMARY KEY)");
      Db.update(c, "CREATE TABLE reading (id INTEGER PRIMARY KEY, amount TEXT, taken TEXT, group_id INTEGER)");
      Db.update(c, "INSERT INTO reading_group VALUES (1)");
      // amounts: text order would be -1 < -10 < 10.00 < 12345678901234567890123.4 < 9.5 < 9.50
      // taken: wall-clock text order is 1, 2, 3, 4, 5; as instants it is 2 (08:00Z), 5 (09:30Z), 1 (10:00Z), 7, 4, 3
      Db.update(c, "INSERT INTO reading VALUES "
          + "(1, '10.00', '2024-01-01T10:00:00.000001Z', 1), "
          + "(2, '9.5', '2024-01-01T13:45:00+05:45', 1), "
          + "(3, '-10', '2024-01-01T14:00:00-12:00', 1), "
          + "(4, '12345678901234567890123.4', '2024-01-01 15:00:00.5+02:00', 1), "
          + "(5, '-1', '2024-01-01T23:30:00+14:00', 1), "
          + "(6, '9.50', NULL, 1), "
          + "(7, NULL, '2024-01-01T10:00:00.000002+00:00', 1)");
    } finally {
      Db.close(c);
    }
    orm = Orm.builder(db.connectionFactory()).pool(true, 2).build();
  }

  @AfterAll
  void closeOrm() {
    orm.close().block(TIMEOUT);
  }

  private List<Long> ids(Sort... order) {
    return orm.from(Reading.class).orderBy(order).fetchAll().map(Reading::id).collectList().block(TIMEOUT);
  }

  @Test
  void decimalTextSortsByValueWithEqualValuesTied() {
    assertThat(ids(Sort.asc("amount"))).containsExactly(3L, 5L, 2L, 6L, 1L, 4L, 7L);
    assertThat(ids(Sort.desc("amount").nullsLast())).containsExactly(4L, 1L, 2L, 6L, 5L, 3L, 7L);
  }

  @Test
  void instantTextSortsByInstantWhateverItsOffset() {
    assertThat(ids(Sort.asc("taken"))).containsExactly(2L, 5L, 1L, 7L, 4L, 3L, 6L);
    assertThat(ids(Sort.desc("taken"))).containsExactly(6L, 3L, 4L, 7L, 1L, 5L, 2L);
  }

  @Test
  void includesAndKeysetPagesUseTheSameOrder() {
    List<Long> included = orm.from(Group.class).includeTree(IncludeTree.parse("readings[orderBy=amount nulls first,limit=4]"))
        .fetchOne().block(TIMEOUT).readings().stream().map(Reading::id).toList();
    assertThat(included).containsExactly(7L, 3L, 5L, 2L);
    List<Long> paged = new ArrayList<>();
    Page<Reading> page = orm.from(Reading.class).orderBy(Sort.asc("taken")).page(PageRequest.first(2)).block(TIMEOUT);
    paged.addAll(page.items().stream().map(Reading::id).toList());
    while (page.nextCursor() != null) {
      page = orm.from(Reading.class).orderBy(Sort.asc("taken")).page(PageRequest.after(page.nextCursor(), 2)).block(TIMEOUT);
      paged.addAll(page.items().stream().map(Reading::id).toList());
    }
    assertThat(paged).containsExactly(2L, 5L, 1L, 7L, 4L, 3L, 6L);
  }
}
