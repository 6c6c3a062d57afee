package io.reactiveorm.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import io.reactiveorm.IncludeTree;
import io.reactiveorm.Orm;
import io.reactiveorm.Page;
import io.reactiveorm.PageRequest;
import io.reactiveorm.Sort;
import io.reactiveorm.conformance.Agreement.Project;
import io.reactiveorm.conformance.Agreement.Tag;
import io.reactiveorm.conformance.Agreement.Task;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import reactor.core.publisher.Mono;

/**
 * One include tree, one answer: the same trees over the same hard values ({@link Agreement}) return equal objects on
 * every database and in every JVM default time zone (tagged {@code zones}: the build runs it again under
 * America/St_Johns, Pacific/Kiritimati and Australia/Lord_Howe). Each result is compared with
 * {@link AgreementOracle}, computed from plain per-table SELECTs, and the oracle's tables with the dataset itself,
 * so equal on one database means equal on all. The only value a database may change is -0.0, where it cannot store
 * it ({@link #storesNegativeZero()}; the README's type table says which).
 */
@org.junit.jupiter.api.Tag("zones")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class CrossDialectAgreementTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private Orm orm;
    private AgreementOracle oracle;

    /** @return a connection factory on a fresh, empty schema of this dialect's database */
    protected abstract ConnectionFactory connectionFactory();

    /** @return the DDL of the {@link Agreement} tables for this database */
    protected abstract String schemaResource();

    /**
     * @param factory where the ORM's connections come from
     * @return a builder for the ORM under test; override to set a dialect the driver does not find by itself
     */
    protected Orm.Builder ormBuilder(ConnectionFactory factory) {
        return Orm.builder(factory);
    }

    /** @return false where the database stores -0.0 as 0.0 (MariaDB, MySQL, H2, SQLite) */
    protected boolean storesNegativeZero() {
        return true;
    }

    @BeforeAll
    void load() {
        ConnectionFactory plain = connectionFactory();
        SchemaScripts.run(plain, schemaResource()).block(TIMEOUT);
        orm = ormBuilder(plain).pool(true, 2).build();
        ReferenceData data = new ReferenceData(orm.dialect().sql());
        Mono.usingWhen(plain.create(), c -> data.insert(c, "ag_project", Agreement.PROJECT_COLUMNS, Agreement.PROJECT_TYPES, Agreement.projects())
                .then(data.insert(c, "ag_tag", Agreement.TAG_COLUMNS, Agreement.TAG_TYPES, Agreement.tags()))
                .then(data.insert(c, "ag_project_tag", Agreement.LINK_COLUMNS, Agreement.LINK_TYPES, Agreement.links()))
                .then(data.insert(c, "ag_task", Agreement.TASK_COLUMNS, Agreement.TASK_TYPES, Agreement.tasks())),
                Connection::close).block(TIMEOUT);
        oracle = AgreementOracle.load(plain).block(TIMEOUT);
    }

    @AfterAll
    void close() {
        if (orm != null) {
            orm.close().block(Duration.ofSeconds(10));
        }
    }

    @Test
    void theDatabaseHoldsTheDatasetAsWritten() {
        List<Task> written = new ArrayList<>();
        for (Object[] r : Agreement.tasks()) {
            written.add(new Task((Long) r[0], (String) r[2], r[3] == null ? null : ((OffsetDateTime) r[3]).withOffsetSameInstant(ZoneOffset.UTC),
                    (java.time.Instant) r[4], (java.time.LocalDate) r[5], (java.math.BigDecimal) r[6], stored((Double) r[7]),
                    (Long) r[8], (Integer) r[9], null));
        }
        assertThat(oracle.tasks()).containsExactlyElementsOf(written);
        assertThat(oracle.tags()).containsExactlyElementsOf(Agreement.tags().stream()
                .map(r -> new Tag((Long) r[0], (String) r[1], stored((Double) r[2]))).toList());
        assertThat(oracle.projects()).extracting(Project::name).containsExactly("alpha", null, "gamma", "beta", "delta");
        assertThat(oracle.taskProjects()).containsExactlyElementsOf(Agreement.tasks().stream().map(r -> (Long) r[1]).toList());
    }

    private @Nullable Double stored(@Nullable Double value) {
        return value != null && !storesNegativeZero() && value == 0.0 ? Double.valueOf(0.0) : value;
    }

    @Test
    void aValueReadNestedEqualsTheSameValueReadAsARoot() {
        List<Task> roots = orm.from(Task.class).orderBy(Sort.asc("id")).fetchAll().collectList().block(TIMEOUT);
        assertThat(roots).containsExactlyElementsOf(oracle.tasks());
        List<Project> projects = orm.from(Project.class).includeTree(IncludeTree.parse("name,tasks,tags"))
                .orderBy(Sort.asc("id")).fetchAll().collectList().block(TIMEOUT);
        for (Project project : projects) {
            assertThat(project.tasks()).as("tasks of project %s", project.id())
                    .containsExactlyElementsOf(roots.stream().filter(t -> oracle.tasksOf(project.id()).contains(t)).toList());
            assertThat(project.tags()).as("tags of project %s", project.id())
                    .containsExactlyElementsOf(AgreementOracle.ordered(oracle.tagsOf(project.id()), List.of(), AgreementOracle.TAG_KEYS, null));
        }
    }

    /**
     * A project tree.
     *
     * @param projectOrder the root order
     * @param taskOrder the order of the tasks include
     * @param taskLimit its limit, or null
     * @param tagOrder the order of the tags include, or null to leave tags out
     * @param tagLimit its limit, or null
     */
    record Case(List<Sort> projectOrder, List<Sort> taskOrder, @Nullable Integer taskLimit, @Nullable List<Sort> tagOrder,
                @Nullable Integer tagLimit) {

        /** @return the tree in the text form, counting both relations */
        String text() {
            String tags = tagOrder == null ? "" : ",tags" + options(tagOrder, tagLimit);
            return "name,tasks" + options(taskOrder, taskLimit) + tags + ",_count(tasks,tags)";
        }

        private static String options(List<Sort> order, @Nullable Integer limit) {
            List<String> options = new ArrayList<>();
            if (!order.isEmpty()) {
                options.add("orderBy=" + String.join(",", order.stream().map(Case::sortText).toList()));
            }
            if (limit != null) {
                options.add("limit=" + limit);
            }
            return options.isEmpty() ? "()" : "[" + String.join(",", options) + "]";
        }

        private static String sortText(Sort sort) {
            String text = (sort.descending() ? "-" : "") + sort.path();
            return sort.equals(new Sort(sort.path(), sort.descending())) ? text : text + " nulls " + sort.nulls().name().toLowerCase();
        }

        @Override
        public String toString() {
            return text() + " by " + projectOrder;
        }
    }

    static Stream<Case> trees() {
        return Stream.of(
                new Case(List.of(Sort.desc("name").nullsLast()), List.of(Sort.desc("due")), 3, null, null),
                new Case(List.of(Sort.asc("name").nullsFirst()), List.of(Sort.desc("due").nullsLast(), Sort.asc("priority").nullsFirst()), 3, null, null),
                new Case(List.of(Sort.asc("name")), List.of(Sort.asc("cost").nullsFirst(), Sort.desc("ratio")), 4,
                        List.of(Sort.desc("weight").nullsLast()), 2),
                new Case(List.of(Sort.desc("name")), List.of(Sort.desc("big"), Sort.asc("priority").nullsFirst()), 2,
                        List.of(Sort.asc("weight").nullsFirst()), null),
                new Case(List.of(), List.of(Sort.asc("startDay"), Sort.desc("doneAt").nullsLast()), 5, List.of(Sort.desc("weight")), 1),
                new Case(List.of(Sort.asc("id")), List.of(Sort.asc("ratio"), Sort.desc("cost")), null, List.of(), null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("trees")
    void includeTreesReturnTheOraclesObjects(Case c) {
        List<Project> actual = orm.from(Project.class).includeTree(IncludeTree.parse(c.text()))
                .orderBy(c.projectOrder().toArray(Sort[]::new)).fetchAll().collectList().block(TIMEOUT);
        List<Project> expected = new ArrayList<>();
        for (Project p : AgreementOracle.ordered(oracle.projects(), c.projectOrder(), AgreementOracle.PROJECT_KEYS, null)) {
            List<Task> tasks = AgreementOracle.ordered(oracle.tasksOf(p.id()), c.taskOrder(), AgreementOracle.TASK_KEYS, c.taskLimit());
            List<Tag> tags = c.tagOrder() == null ? null
                    : AgreementOracle.ordered(oracle.tagsOf(p.id()), c.tagOrder(), AgreementOracle.TAG_KEYS, c.tagLimit());
            expected.add(new Project(p.id(), p.name(), tasks, tags, (long) oracle.tasksOf(p.id()).size(),
                    (long) oracle.tagsOf(p.id()).size()));
        }
        assertThat(actual).containsExactlyElementsOf(expected);
    }

    static Stream<List<Sort>> rootOrders() {
        return Stream.of(
                List.of(Sort.asc("startDay").nullsFirst(), Sort.desc("big")),
                List.of(Sort.asc("cost")),
                List.of(Sort.desc("cost").nullsLast(), Sort.desc("id")),
                List.of(Sort.desc("due").nullsLast(), Sort.asc("ratio")),
                List.of(Sort.asc("due"), Sort.asc("priority").nullsFirst()),
                List.of(Sort.asc("project.name").nullsFirst(), Sort.desc("doneAt")),
                List.of(Sort.desc("doneAt"), Sort.asc("big").nullsFirst()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rootOrders")
    void rootOrdersReturnTheOraclesObjects(List<Sort> order) {
        assertThat(orm.from(Task.class).includeTree(IncludeTree.parse("title,due,doneAt,startDay,cost,ratio,big,priority,project(name)"))
                .orderBy(order.toArray(Sort[]::new)).fetchAll().collectList().block(TIMEOUT))
                .containsExactlyElementsOf(expectedTasks(order));
        assertThat(orm.from(Task.class).includeTree(IncludeTree.parse("title,due,doneAt,startDay,cost,ratio,big,priority,project(name)"))
                .orderBy(order.toArray(Sort[]::new)).limit(5).fetchAll().collectList().block(TIMEOUT))
                .as("a root limit cuts the same rows").containsExactlyElementsOf(expectedTasks(order).subList(0, 5));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rootOrders")
    void keysetPagesWalkTheOraclesOrderBothWays(List<Sort> order) {
        IncludeTree tree = IncludeTree.parse("title,due,doneAt,startDay,cost,ratio,big,priority,project(name)");
        List<Task> forwards = new ArrayList<>();
        Page<Task> page = orm.from(Task.class).includeTree(tree).orderBy(order.toArray(Sort[]::new)).page(PageRequest.first(4)).block(TIMEOUT);
        forwards.addAll(page.items());
        while (page.nextCursor() != null) {
            page = orm.from(Task.class).includeTree(tree).orderBy(order.toArray(Sort[]::new))
                    .page(PageRequest.after(page.nextCursor(), 4)).block(TIMEOUT);
            forwards.addAll(page.items());
        }
        assertThat(forwards).containsExactlyElementsOf(expectedTasks(order));
        List<Task> backwards = new ArrayList<>(page.items());
        while (page.previousCursor() != null) {
            page = orm.from(Task.class).includeTree(tree).orderBy(order.toArray(Sort[]::new))
                    .page(PageRequest.before(page.previousCursor(), 3)).block(TIMEOUT);
            backwards.addAll(0, page.items());
        }
        assertThat(backwards).containsExactlyElementsOf(expectedTasks(order));
    }

    /** @return every task with its project's name, in the oracle's order */
    private List<Task> expectedTasks(List<Sort> order) {
        Map<Long, Project> projects = new java.util.HashMap<>();
        oracle.projects().forEach(p -> projects.put(p.id(), p));
        List<Task> tasks = new ArrayList<>();
        List<Task> plain = oracle.tasks();
        List<Long> owners = oracle.taskProjects();
        for (int i = 0; i < plain.size(); i++) {
            Task t = plain.get(i);
            Project owner = owners.get(i) == null ? null : Objects.requireNonNull(projects.get(owners.get(i)));
            tasks.add(new Task(t.id(), t.title(), t.due(), t.doneAt(), t.startDay(), t.cost(), t.ratio(), t.big(), t.priority(), owner));
        }
        return AgreementOracle.ordered(tasks, order, AgreementOracle.TASK_KEYS, null);
    }
}
