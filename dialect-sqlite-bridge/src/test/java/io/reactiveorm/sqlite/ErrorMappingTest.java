package io.reactiveorm.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import io.r2dbc.spi.Connection;
import io.r2dbc.spi.R2dbcBadGrammarException;
import io.r2dbc.spi.R2dbcDataIntegrityViolationException;
import io.r2dbc.spi.R2dbcException;
import io.r2dbc.spi.R2dbcNonTransientResourceException;
import io.r2dbc.spi.R2dbcPermissionDeniedException;
import io.r2dbc.spi.R2dbcTransientResourceException;
import java.nio.file.Path;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

class ErrorMappingTest {

  @TempDir Path dir;

  @Test
  void sqlErrorsAreMappedAndCarryTheSql() {
    SqliteConnectionFactory factory = Db.file(dir);
    Connection c = Db.connect(factory);
    try {
      Db.update(c, "CREATE TABLE t (id INTEGER PRIMARY KEY, p INTEGER REFERENCES t(id))");
      String bad = "SELEC nonsense";
      StepVerifier.create(Flux.from(c.createStatement(bad).execute()))
          .expectErrorSatisfies(e -> assertThat(e)
              .isInstanceOf(R2dbcBadGrammarException.class)
              .hasMessageContaining(bad)
              .extracting(x -> ((R2dbcException) x).getSql()).isEqualTo(bad))
          .verify(Db.TIMEOUT);
      StepVerifier.create(Flux.from(c.createStatement("SELECT * FROM missing").execute()))
          .expectError(R2dbcBadGrammarException.class).verify(Db.TIMEOUT);
      Db.update(c, "INSERT INTO t (id) VALUES (1)");
      String dup = "INSERT INTO t (id) VALUES (1)";
      StepVerifier.create(Flux.from(c.createStatement(dup).execute()))
          .expectErrorSatisfies(e -> assertThat(e)
              .isInstanceOf(R2dbcDataIntegrityViolationException.class)
              .hasMessageContaining(dup))
          .verify(Db.TIMEOUT);
      StepVerifier.create(Flux.from(
              c.createStatement("INSERT INTO t (id, p) VALUES (2, 99)").execute()))
          .as("foreign keys are enforced")
          .expectError(R2dbcDataIntegrityViolationException.class).verify(Db.TIMEOUT);
      // the writer was released after each failure
      assertThat(Db.update(c, "INSERT INTO t (id, p) VALUES (2, 1)")).isEqualTo(1);
    } finally {
      Db.close(c);
      Db.await(factory.close());
    }
  }

  @Test
  void resultCodesMapToTheR2dbcHierarchy() {
    assertThat(Errors.map(err(SQLiteErrorCode.SQLITE_BUSY), "x"))
        .isInstanceOf(R2dbcTransientResourceException.class);
    assertThat(Errors.map(err(SQLiteErrorCode.SQLITE_LOCKED), "x"))
        .isInstanceOf(R2dbcTransientResourceException.class);
    assertThat(Errors.map(err(SQLiteErrorCode.SQLITE_CONSTRAINT_NOTNULL), "x"))
        .isInstanceOf(R2dbcDataIntegrityViolationException.class);
    assertThat(Errors.map(err(SQLiteErrorCode.SQLITE_READONLY), "x"))
        .isInstanceOf(R2dbcPermissionDeniedException.class);
    assertThat(Errors.map(err(SQLiteErrorCode.SQLITE_IOERR), "x"))
        .isInstanceOf(R2dbcNonTransientResourceException.class);
  }

  private static SQLException err(SQLiteErrorCode code) {
    return new SQLiteException(code.message, code);
  }
}
