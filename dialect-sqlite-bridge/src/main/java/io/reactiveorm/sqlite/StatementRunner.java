package io.reactiveorm.sqlite;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Executes one binding set on a leased JDBC connection; runs on a bridge thread only. */
final class StatementRunner {

  private StatementRunner() {}

  /**
   * Prepares, binds and executes. Row results keep the statement and the lease until consumed;
   * update counts release both at once. On failure the lease is released before rethrowing.
   */
  static SqliteResult execute(SqliteConnection owner, Bridge bridge, Lease lease,
      ParsedSql parsed, String sql, Object[] values) throws SQLException {
    PreparedStatement ps = null;
    try {
      ps = lease.jdbc().prepareStatement(sql);
      for (int i = 0; i < values.length; i++) {
        Codecs.bind(ps, i + 1, values[i]);
      }
      if (ps.execute()) {
        ResultSet rs = ps.getResultSet();
        SqliteRowMetadata metadata = SqliteRowMetadata.read(rs.getMetaData());
        RowSource[] self = new RowSource[1];
        self[0] = new RowSource(bridge, ps, rs, metadata, lease, parsed.returnsRowCount(),
            () -> owner.forget(self[0]));
        owner.track(self[0]);
        return new SqliteResult(self[0]);
      }
      long count = parsed.isDml() ? Math.max(0, ps.getLargeUpdateCount()) : 0;
      ps.close();
      lease.release();
      return new SqliteResult(new SegmentSource.Counted(count));
    } catch (SQLException | RuntimeException e) {
      JdbcPool.closeQuietly(ps);
      lease.release();
      throw e;
    }
  }

  /** Runs a statement without parameters or results (transaction control). */
  static void exec(java.sql.Connection jdbc, String sql) throws SQLException {
    try (java.sql.Statement s = jdbc.createStatement()) {
      s.execute(sql);
    }
  }
}
