package io.reactiveorm.conformance;

import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import io.reactiveorm.Sort;
import io.reactiveorm.conformance.Agreement.Project;
import io.reactiveorm.conformance.Agreement.Tag;
import io.reactiveorm.conformance.Agreement.Task;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The independent oracle of {@link CrossDialectAgreementTest}: reads each table with one plain SELECT through the
 * R2DBC API (no JSON SQL, no ORM code), and orders, limits and counts in Java with the ORM's documented rules: NULLs
 * where the sort says (by default as if greater than every value), the id ascending as the last tie-breaker,
 * decimals by value, instants by instant, and -0.0 equal to 0.0 (as every database compares them).
 */
final class AgreementOracle {
    /** The sortable attributes of a task, by sort path (values compare as the databases compare them). */
    static final Map<String, Function<Task, @Nullable Comparable<?>>> TASK_KEYS = Map.of(
            "id", Task::id, "due", t -> t.due() == null ? null : t.due().toInstant(), "doneAt", Task::doneAt,
            "startDay", Task::startDay, "cost", Task::cost, "ratio", t -> t.ratio() == null ? null : t.ratio() + 0.0,
            "big", Task::big, "priority", Task::priority,
            "project.name", t -> t.project() == null ? null : t.project().name());
    static final Map<String, Function<Project, @Nullable Comparable<?>>> PROJECT_KEYS = Map.of("id", Project::id, "name", Project::name);
    static final Map<String, Function<Tag, @Nullable Comparable<?>>> TAG_KEYS = Map.of(
            "id", Tag::id, "weight", t -> t.weight() == null ? null : t.weight() + 0.0);

    final List<Object[]> projects;
    final List<Object[]> tags;
    final List<Object[]> links;
    final List<Object[]> tasks;

    private AgreementOracle(List<List<Object[]>> tables) {
        projects = tables.get(0);
        tags = tables.get(1);
        links = tables.get(2);
        tasks = tables.get(3);
    }

    static Mono<AgreementOracle> load(ConnectionFactory connections) {
        Class<?>[] taskTypes = Agreement.TASK_TYPES.clone();
        taskTypes[4] = OffsetDateTime.class; // done_at: read as the driver reads any instant column
        return Mono.usingWhen(connections.create(), c -> Flux.concat(
                Oracle.read(c, "SELECT id, name FROM ag_project ORDER BY id", Agreement.PROJECT_TYPES),
                Oracle.read(c, "SELECT id, name, weight FROM ag_tag ORDER BY id", Agreement.TAG_TYPES),
                Oracle.read(c, "SELECT project_id, tag_id FROM ag_project_tag ORDER BY project_id, tag_id", Agreement.LINK_TYPES),
                Oracle.read(c, "SELECT " + String.join(", ", Agreement.TASK_COLUMNS) + " FROM ag_task ORDER BY id", taskTypes)
                        .map(AgreementOracle::instants))
                .collectList().map(AgreementOracle::new), Connection::close);
    }

    /** Instants are compared as instants: {@code due} is kept at UTC (as the ORM returns it), {@code done_at} as an Instant. */
    private static List<Object[]> instants(List<Object[]> tasks) {
        for (Object[] row : tasks) {
            row[3] = row[3] == null ? null : ((OffsetDateTime) row[3]).withOffsetSameInstant(ZoneOffset.UTC);
            row[4] = row[4] == null ? null : ((OffsetDateTime) row[4]).toInstant();
        }
        return tasks;
    }

    /** @return every task with all its columns and no relation, by id */
    List<Task> tasks() {
        List<Task> out = new ArrayList<>();
        for (Object[] r : tasks) {
            out.add(new Task((Long) r[0], (String) r[2], (OffsetDateTime) r[3], (Instant) r[4], (LocalDate) r[5],
                    (BigDecimal) r[6], (Double) r[7], (Long) r[8], (Integer) r[9], null));
        }
        return out;
    }

    /** @return the id of each task's project (null for none), in task order */
    List<@Nullable Long> taskProjects() {
        return tasks.stream().map(r -> (Long) r[1]).toList();
    }

    List<Task> tasksOf(long project) {
        List<Task> all = tasks();
        List<Task> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            if (Objects.equals(tasks.get(i)[1], project)) {
                out.add(all.get(i));
            }
        }
        return out;
    }

    List<Tag> tags() {
        return tags.stream().map(r -> new Tag((Long) r[0], (String) r[1], (Double) r[2])).toList();
    }

    List<Tag> tagsOf(long project) {
        List<Tag> out = new ArrayList<>();
        for (Object[] link : links) {
            if (link[0].equals(project)) {
                out.add(tags().stream().filter(t -> t.id().equals(link[1])).findFirst().orElseThrow());
            }
        }
        return out;
    }

    /** @return each project's id and name, without relations or counts */
    List<Project> projects() {
        return projects.stream().map(r -> new Project((Long) r[0], (String) r[1], null, null, null, null)).toList();
    }

    /**
     * @param rows the rows
     * @param sorts the order, as the query says it
     * @param keys the sort values by path
     * @param limit the most rows, or null
     * @return the rows in that order, then by id ascending, at most {@code limit} of them
     */
    static <T> List<T> ordered(List<T> rows, List<Sort> sorts, Map<String, Function<T, @Nullable Comparable<?>>> keys,
                               @Nullable Integer limit) {
        Comparator<T> order = (a, b) -> 0;
        for (Sort sort : sorts) {
            order = order.thenComparing(by(Objects.requireNonNull(keys.get(sort.path()), sort.path()), sort));
        }
        order = order.thenComparing(by(keys.get("id"), Sort.asc("id")));
        List<T> out = new ArrayList<>(rows);
        out.sort(order);
        return limit == null || out.size() <= limit ? out : out.subList(0, limit);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static <T> Comparator<T> by(Function<T, @Nullable Comparable<?>> key, Sort sort) {
        return (a, b) -> {
            Comparable x = key.apply(a);
            Comparable y = key.apply(b);
            if (x == null || y == null) {
                int nullFirst = x == null ? (y == null ? 0 : -1) : 1;
                return sort.nulls() == Sort.Nulls.FIRST ? nullFirst : -nullFirst;
            }
            int cmp = x.compareTo(y);
            return sort.descending() ? -cmp : cmp;
        };
    }
}
