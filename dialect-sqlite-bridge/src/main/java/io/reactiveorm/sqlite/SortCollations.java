package io.reactiveorm.sqlite;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Function;
import org.sqlite.Collation;

/**
 * The collations that make text sort like the value it holds, registered on every connection the bridge opens.
 * SQLite has no exact decimal and no instant type, so the dialect keeps both as text and orders them with
 * {@code COLLATE ro_decimal} (numeric order of {@link BigDecimal} text, exact at any precision and scale: {@code 9.00 <
 * 10.00}, {@code 0.5 = 0.50}) and {@code COLLATE ro_instant} (the instant of ISO-8601 text with any offset or
 * {@code Z}, to the nanosecond). Text that does not parse sorts after every value that does, among itself as
 * text. A collation only applies to text: a number stored in such a column (INTEGER/REAL storage) sorts before
 * all text, so those columns are declared TEXT.
 */
final class SortCollations {
  static final String DECIMAL = "ro_decimal";
  static final String INSTANT = "ro_instant";

  private SortCollations() {}

  /** Registers the collations on a JDBC connection (on a bridge thread). */
  static void register(Connection connection) throws SQLException {
    Collation.create(connection, DECIMAL, new ValueOrder<>(s -> new BigDecimal(s.trim())));
    Collation.create(connection, INSTANT, new ValueOrder<>(Decoders::instant));
  }

  /** Compares two texts by the values they parse to; unparseable text last, as text. */
  private static final class ValueOrder<V extends Comparable<V>> extends Collation {
    private final Function<String, V> parse;

    ValueOrder(Function<String, V> parse) {
      this.parse = parse;
    }

    @Override
    protected int xCompare(String a, String b) {
      V x = parsed(a);
      V y = parsed(b);
      if (x != null && y != null) {
        return x.compareTo(y);
      }
      if (x == null && y == null) {
        return a.compareTo(b);
      }
      return x == null ? 1 : -1;
    }

    private V parsed(String text) {
      try {
        return parse.apply(text);
      } catch (RuntimeException e) {
        return null;
      }
    }
  }
}
