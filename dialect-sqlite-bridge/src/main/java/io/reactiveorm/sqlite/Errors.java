package io.reactiveorm.sqlite;

import io.r2dbc.spi.R2dbcBadGrammarException;
import io.r2dbc.spi.R2dbcDataIntegrityViolationException;
import io.r2dbc.spi.R2dbcException;
import io.r2dbc.spi.R2dbcNonTransientResourceException;
import io.r2dbc.spi.R2dbcPermissionDeniedException;
import io.r2dbc.spi.R2dbcRollbackException;
import io.r2dbc.spi.R2dbcTimeoutException;
import io.r2dbc.spi.R2dbcTransientResourceException;
import java.sql.SQLException;

/** Maps sqlite-jdbc errors (primary SQLite result code) onto the R2DBC exception hierarchy. */
final class Errors {

  private Errors() {}

  static R2dbcException map(SQLException e, String sql) {
    int code = e.getErrorCode() & 0xff;
    String reason = e.getMessage() + " [SQL: " + sql + "]";
    String state = e.getSQLState();
    int errorCode = e.getErrorCode();
    return switch (code) {
      case 1, 25 -> new R2dbcBadGrammarException(reason, state, errorCode, sql, e); // ERROR, RANGE
      case 5, 6 -> new R2dbcTransientResourceException(reason, state, errorCode, sql, e); // BUSY, LOCKED
      case 18, 19, 20 -> new R2dbcDataIntegrityViolationException(reason, state, errorCode, sql, e);
      case 3, 8, 23 -> new R2dbcPermissionDeniedException(reason, state, errorCode, sql, e);
      case 4 -> new R2dbcRollbackException(reason, state, errorCode, sql, e); // ABORT
      case 9 -> new R2dbcTimeoutException(reason, state, errorCode, sql, e); // INTERRUPT
      default -> new R2dbcNonTransientResourceException(reason, state, errorCode, sql, e);
    };
  }
}
