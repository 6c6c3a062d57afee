package io.reactiveorm.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import io.r2dbc.spi.Connection;
import io.r2dbc.spi.IsolationLevel;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TransactionTest {

  @TempDir Path dir;
  SqliteConnectionFactory factory;
  Connection c;
  Connection other;

  @BeforeEach
  void setUp() {
    factory = Db.file(dir);
    c = Db.connect(factory);
    other = Db.connect(factory);
    Db.update(c, "CREATE TABLE t (id INTEGER PRIMARY KEY)");
  }

  @AfterEach
  void tearDown() {
    Db.close(c);
    Db.close(other);
    Db.await(factory.close());
  }

  private long count(Connection on) {
    return Db.query(on, "SELECT count(*) FROM t", r -> r.get(0, Long.class)).get(0);
  }

  @Test
  void commitMakesChangesVisible() {
    Db.await(c.beginTransaction());
    assertThat(c.isAutoCommit()).isFalse();
    Db.update(c, "INSERT INTO t VALUES (1)");
    assertThat(count(c)).isEqualTo(1);
    assertThat(count(other)).as("uncommitted row invisible to a reader").isZero();
    Db.await(c.commitTransaction());
    assertThat(c.isAutoCommit()).isTrue();
    assertThat(count(other)).isEqualTo(1);
  }

  @Test
  void rollbackDiscardsChanges() {
    Db.await(c.beginTransaction(IsolationLevel.READ_COMMITTED));
    assertThat(c.getTransactionIsolationLevel()).isEqualTo(IsolationLevel.READ_COMMITTED);
    Db.update(c, "INSERT INTO t VALUES (1)");
    Db.await(c.rollbackTransaction());
    assertThat(count(c)).isZero();
  }

  @Test
  void rollbackToSavepointKeepsEarlierWork() {
    Db.await(c.beginTransaction());
    Db.update(c, "INSERT INTO t VALUES (1)");
    Db.await(c.createSavepoint("sp1"));
    Db.update(c, "INSERT INTO t VALUES (2)");
    Db.await(c.rollbackTransactionToSavepoint("sp1"));
    Db.await(c.releaseSavepoint("sp1"));
    Db.await(c.commitTransaction());
    assertThat(Db.query(other, "SELECT id FROM t", r -> r.get(0, Long.class))).containsExactly(1L);
  }

  @Test
  void autoCommitOffStartsATransactionAndOnCommitsIt() {
    Db.await(c.setAutoCommit(false));
    Db.update(c, "INSERT INTO t VALUES (7)");
    assertThat(count(other)).isZero();
    Db.await(c.setAutoCommit(true));
    assertThat(count(other)).isEqualTo(1);
  }

  @Test
  void closingAConnectionRollsBackAndFreesTheWriter() {
    Db.await(c.beginTransaction());
    Db.update(c, "INSERT INTO t VALUES (1)");
    Db.close(c);
    Db.update(other, "INSERT INTO t VALUES (2)"); // would wait forever if the writer leaked
    assertThat(Db.query(other, "SELECT id FROM t", r -> r.get(0, Long.class))).containsExactly(2L);
  }
}
