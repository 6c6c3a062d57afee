package io.reactiveorm.conformance;

import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import io.reactiveorm.spi.SqlSyntax;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Checks a dialect's identifier quoting against a live database: every candidate word becomes a column (named
 * through {@link SqlSyntax#identifier}) of a probe table holding two rows, and a SELECT filtering on every column
 * must return exactly the expected row with each column's own value. A keyword left bare fails to parse or, like
 * {@code current_date}, reads as a function instead of the column.
 */
public final class KeywordProbe {
    /** Columns per probe table (InnoDB allows at most 1017). */
    private static final int COLUMNS = 300;

    private KeywordProbe() {
    }

    /** @return the words of {@code conformance/keyword-candidates.txt}: the keywords of all four databases */
    public static List<String> candidates() {
        try (InputStream in = KeywordProbe.class.getResourceAsStream("/conformance/keyword-candidates.txt")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return text.lines().filter(l -> !l.startsWith("#")).flatMap(l -> Arrays.stream(l.trim().split("\\s+")))
                    .filter(w -> !w.isEmpty()).collect(Collectors.toCollection(TreeSet::new)).stream().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param connections a fresh schema
     * @param sql the dialect's syntax
     * @param columnType the SQL type of an integer column
     * @param words the column names to probe
     * @return a description of each word whose column did not read back its own value (empty when all did)
     */
    public static Mono<List<String>> mismatches(ConnectionFactory connections, SqlSyntax sql, String columnType, List<String> words) {
        List<List<String>> chunks = new ArrayList<>();
        for (int from = 0; from < words.size(); from += COLUMNS) {
            chunks.add(words.subList(from, Math.min(words.size(), from + COLUMNS)));
        }
        return Mono.usingWhen(connections.create(), c -> Flux.range(0, chunks.size())
                .concatMap(i -> probe(c, sql, columnType, "keyword probe " + i, chunks.get(i)))
                .collectList(), Connection::close);
    }

    private static Flux<String> probe(Connection c, SqlSyntax sql, String columnType, String table, List<String> words) {
        String t = sql.identifier(table);
        List<String> columns = words.stream().map(sql::identifier).toList();
        String create = "CREATE TABLE " + t + " (" + columns.stream().map(col -> col + " " + columnType)
                .collect(Collectors.joining(", ")) + ")";
        String insert = "INSERT INTO " + t + " (" + String.join(", ", columns) + ") VALUES ("
                + IntStream.range(0, words.size()).mapToObj(i -> Integer.toString(i + 1)).collect(Collectors.joining(", "))
                + "), (" + IntStream.range(0, words.size()).mapToObj(i -> Integer.toString(-i - 1)).collect(Collectors.joining(", "))
                + ")";
        String select = "SELECT " + String.join(", ", columns) + " FROM " + t + " WHERE "
                + IntStream.range(0, words.size()).mapToObj(i -> columns.get(i) + " = " + (i + 1)).collect(Collectors.joining(" AND "));
        return run(c, create).then(run(c, insert))
                .thenMany(Flux.from(c.createStatement(select).execute()).concatMap(r -> r.map((row, meta) -> {
                    List<String> wrong = new ArrayList<>();
                    for (int i = 0; i < words.size(); i++) {
                        Object value = row.get(i);
                        if (!(value instanceof Number n) || n.longValue() != i + 1) {
                            wrong.add(words.get(i) + " read " + value);
                        }
                    }
                    return wrong;
                })).collectList().map(rows -> rows.size() == 1 ? rows.get(0) : List.of(table + ": " + rows.size() + " rows"))
                .flatMapMany(Flux::fromIterable))
                .concatWith(run(c, "DROP TABLE " + t).thenMany(Flux.empty()));
    }

    private static Mono<Long> run(Connection c, String sql) {
        return Flux.from(c.createStatement(sql).execute()).concatMap(r -> r.getRowsUpdated()).reduce(0L, Long::sum);
    }
}
