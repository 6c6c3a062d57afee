package io.reactiveorm.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.r2dbc.spi.Connection;
import io.reactiveorm.spi.CollectionQuery;
import io.reactiveorm.spi.Dialect;
import io.reactiveorm.spi.JsonSyntax;
import io.reactiveorm.spi.OrderTerm;
import io.reactiveorm.spi.SqlSyntax;
import io.reactiveorm.spi.ValueKind;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The dialect's SQL fragments, run on the bundled SQLite. */
class SqliteDialectTest {
  private static final Dialect DIALECT = SqliteDialectProvider.dialect();
  private static final JsonSyntax JSON = DIALECT.json();
  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static SqliteConnectionFactory factory;
  private static Connection c;

  @BeforeAll
  static void open() {
    factory = Db.memory();
    c = Db.connect(factory);
    Db.update(c, "CREATE TABLE item (id INTEGER PRIMARY KEY, parent INTEGER, v REAL, b BLOB)");
  }

  @AfterAll
  static void close() {
    Db.close(c);
    factory.close().block(Db.TIMEOUT);
  }

  private static String one(String sql) {
    return Db.query(c, sql, row -> row.get(0, String.class)).get(0);
  }

  @Test
  void bundledSqliteSupportsOrderByInsideAggregates() {
    String[] version = one("SELECT sqlite_version()").split("\\.");
    assertThat(Integer.parseInt(version[0]) * 1000 + Integer.parseInt(version[1])).isGreaterThanOrEqualTo(3044);
    assertThat(one("SELECT json_group_array(x ORDER BY x DESC) FROM (SELECT 1 AS x UNION ALL SELECT 2)"))
        .isEqualTo("[2,1]");
  }

  @Test
  void wideArraysKeepOrderNullsAndNestedJsonPastTheArgumentLimit() throws Exception {
    List<String> values = new ArrayList<>();
    ArrayNode expected = JsonNodeFactory.instance.arrayNode();
    for (int i = 0; i < 250; i++) {
      if (i % 7 == 0) {
        values.add("NULL");
        expected.addNull();
      } else if (i % 11 == 0) {
        values.add("json((SELECT json_array(" + i + ", 'x')))");
        expected.addArray().add(i).add("x");
      } else {
        values.add(Integer.toString(i));
        expected.add(i);
      }
    }
    String sql = JSON.array(values);
    assertThat(sql).contains("json_insert(").contains("'$[#]'");
    assertThat(MAPPER.readTree(one("SELECT " + sql))).isEqualTo(expected);
    String exactlyAtTheLimit = JSON.array(values.subList(0, 100));
    assertThat(exactlyAtTheLimit).doesNotContain("json_insert");
    assertThat(MAPPER.readTree(one("SELECT " + exactlyAtTheLimit))).isEqualTo(sub(expected, 100));
  }

  private static ArrayNode sub(ArrayNode array, int n) {
    ArrayNode out = JsonNodeFactory.instance.arrayNode();
    for (int i = 0; i < n; i++) {
      out.add(array.get(i));
    }
    return out;
  }

  @Test
  void wideObjectsKeepKeysOrderAndNullsPastTheArgumentLimit() throws Exception {
    List<String> keys = new ArrayList<>();
    List<String> values = new ArrayList<>();
    ObjectNode expected = JsonNodeFactory.instance.objectNode();
    for (int i = 0; i < 130; i++) {
      String key = Integer.toString(i, 36);
      keys.add(key);
      if (i % 5 == 0) {
        values.add("NULL");
        expected.putNull(key);
      } else if (i % 13 == 0) {
        values.add("json((SELECT json_object('a', 'it''s')))");
        expected.putObject(key).put("a", "it's");
      } else {
        values.add("'v" + i + "'");
        expected.put(key, "v" + i);
      }
    }
    String text = one("SELECT " + JSON.object(keys, values));
    JsonNode actual = MAPPER.readTree(text);
    assertThat(actual).isEqualTo(expected);
    List<String> order = new ArrayList<>();
    actual.fieldNames().forEachRemaining(order::add);
    assertThat(order).containsExactlyElementsOf(keys);
  }

  @Test
  void collectionsAreEmptyArraysWithoutRowsAndOrderedWithThem() {
    Db.update(c, "INSERT INTO item (id, parent) VALUES (1, 10), (2, 10), (3, 10), (4, 11)");
    try {
      for (Integer limit : new Integer[] {null, 2}) {
        CollectionQuery q = new CollectionQuery(JSON.array(List.of("i.id")), "item i", "i.parent = p.id",
            List.of(new OrderTerm("i.id", true)), limit, "i.id");
        String sql = "SELECT json_group_array(" + JSON.array(List.of("p.id", JSON.collection(q)))
            + " ORDER BY p.id) FROM (SELECT 10 AS id UNION ALL SELECT 11 UNION ALL SELECT 12) p";
        assertThat(one(sql)).as("limit %s", limit)
            .isEqualTo(limit == null ? "[[10,[[3],[2],[1]]],[11,[[4]]],[12,[]]]" : "[[10,[[3],[2]]],[11,[[4]]],[12,[]]]");
      }
    } finally {
      Db.update(c, "DELETE FROM item");
    }
  }

  @Test
  void doublesRoundTripExactlyWhereJsonObjectRoundsThem() {
    List<Double> doubles = new ArrayList<>(List.of(0.1 + 0.2, 1e-7, 1e20, 3.25, -0.5, 1.0 / 3,
        Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.MIN_NORMAL * 1e300));
    Random random = new Random(1);
    for (int i = 0; i < 2000; i++) {
      doubles.add(random.nextGaussian() * Math.pow(10, random.nextInt(81) - 40));
    }
    for (int i = 0; i < doubles.size(); i++) {
      Db.update(c, "INSERT INTO item (id, v) VALUES (?, ?)", (long) i, doubles.get(i));
    }
    Db.update(c, "INSERT INTO item (id, v) VALUES (-1, NULL)");
    try {
      assertThat(one("SELECT json_array(v) FROM item WHERE id = 0")).as("SQLite's own rendering")
          .isEqualTo("[0.3]");
      List<String> texts = Db.query(c, "SELECT " + JSON.array(List.of(JSON.value("v", ValueKind.DOUBLE)))
          + " FROM item ORDER BY id", row -> row.get(0, String.class));
      assertThat(texts.get(0)).isEqualTo("[null]");
      for (int i = 0; i < doubles.size(); i++) {
        String element = texts.get(i + 1);
        String text = element.substring(2, element.length() - 2);
        assertThat(Double.valueOf(text)).as(element).isEqualTo(doubles.get(i));
      }
    } finally {
      Db.update(c, "DELETE FROM item");
    }
  }

  @Test
  void bytesAreHexAndNullStaysNull() {
    Db.update(c, "INSERT INTO item (id, b) VALUES (1, ?), (2, ?), (3, NULL)",
        new byte[] {0, (byte) 0xFF, 0x10}, new byte[0]);
    try {
      List<String> texts = Db.query(c, "SELECT " + JSON.array(List.of(JSON.value("b", ValueKind.BYTES)))
          + " FROM item ORDER BY id", row -> row.get(0, String.class));
      assertThat(texts).containsExactly("[\"00FF10\"]", "[\"\"]", "[null]");
      assertThat(HexFormat.of().parseHex("00FF10")).containsExactly(0, 0xFF, 0x10);
    } finally {
      Db.update(c, "DELETE FROM item");
    }
  }

  @Test
  void identifiersAreQuotedOnlyWhenNeeded() {
    SqlSyntax sql = DIALECT.sql();
    assertThat(sql.identifier("post_tag")).isEqualTo("post_tag");
    assertThat(sql.identifier("createdAt")).as("mixed case is quoted, as on every dialect").isEqualTo("\"createdAt\"");
    assertThat(sql.identifier("order")).isEqualTo("\"order\"");
    assertThat(sql.identifier("Group")).isEqualTo("\"Group\"");
    assertThat(sql.identifier("my \"odd\" name")).isEqualTo("\"my \"\"odd\"\" name\"");
    assertThat(sql.identifier("1st")).isEqualTo("\"1st\"");
    assertThat(sql.bindMarker(0)).isEqualTo("?1");
    assertThat(sql.limitOffset(null, "?3")).isEqualTo(" LIMIT -1 OFFSET ?3");
    assertThat(sql.limitOffset(5, "?3")).isEqualTo(" LIMIT 5 OFFSET ?3");
    assertThat(sql.limitOffset(5, null)).isEqualTo(" LIMIT 5");
    assertThat(sql.limitOffset(null, null)).isEmpty();
  }
}
