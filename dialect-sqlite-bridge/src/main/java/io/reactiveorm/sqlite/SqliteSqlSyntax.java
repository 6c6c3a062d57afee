package io.reactiveorm.sqlite;

import io.reactiveorm.spi.Identifiers;
import io.reactiveorm.spi.SqlSyntax;
import io.reactiveorm.spi.ValueKind;
import org.jspecify.annotations.Nullable;

/**
 * SQLite identifiers ({@code "quoted"} unless plain lower case and no keyword), numbered {@code ?N}
 * bind markers (so a marker binds by its number, whatever the order of the text), and
 * {@code LIMIT -1 OFFSET ?} (SQLite accepts no OFFSET without a LIMIT).
 */
final class SqliteSqlSyntax implements SqlSyntax {
  /** The SQLite keywords (https://sqlite.org/lang_keywords.html) plus TRUE and FALSE. */
  private static final Identifiers KEYWORDS = Identifiers.of('"', """
      abort action add after all alter always analyze and as asc attach autoincrement before begin between by
      cascade case cast check collate column commit conflict constraint create cross current current_date
      current_time current_timestamp database default deferrable deferred delete desc detach distinct do drop
      each else end escape except exclude exclusive exists explain fail false filter first following for
      foreign from full generated glob group groups having if ignore immediate in index indexed initially
      inner insert instead intersect into is isnull join key last left like limit match materialized natural
      no not nothing notnull null nulls of offset on or order others outer over partition plan pragma
      preceding primary query raise range recursive references regexp reindex release rename replace restrict
      returning right rollback row rows savepoint select set table temp temporary then ties to transaction
      trigger true unbounded union unique update using vacuum values view virtual when where window with
      without
      """);

  @Override
  public String identifier(String name) {
    return KEYWORDS.identifier(name);
  }

  /**
   * Decimals and instants are stored as text; they sort (and keyset pages compare them) through the bridge's
   * {@link SortCollations}, so {@code 9.00 < 10.00} and {@code 10:00+02:00 < 09:00Z}.
   */
  @Override
  public String sortKey(String expression, ValueKind kind) {
    return switch (kind) {
      case DECIMAL -> expression + " COLLATE " + SortCollations.DECIMAL;
      case INSTANT, OFFSET_DATETIME -> expression + " COLLATE " + SortCollations.INSTANT;
      default -> expression;
    };
  }

  @Override
  public String bindMarker(int index) {
    return "?" + (index + 1);
  }

  @Override
  public String limitOffset(@Nullable Integer limit, @Nullable String offsetMarker) {
    if (offsetMarker == null) {
      return limit == null ? "" : " LIMIT " + limit;
    }
    return " LIMIT " + (limit == null ? "-1" : limit.toString()) + " OFFSET " + offsetMarker;
  }
}
