package io.reactiveorm.conformance;

import io.reactiveorm.BelongsTo;
import io.reactiveorm.Count;
import io.reactiveorm.HasMany;
import io.reactiveorm.ManyToMany;
import io.reactiveorm.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The hard-values model and dataset of {@link CrossDialectAgreementTest}: projects with tasks (to-many, counted) and
 * tags (many-to-many), where every nullable column and sort key holds NULLs, ties are cut by per-include limits, and
 * the values sit at the edges: -0.0, subnormal and extreme doubles, instants of the years 1 and 9999 with
 * microseconds at offsets +14:00, -12:00 and +05:45, dates inside the 1582 Gregorian gap, 20-digit decimals with a
 * scale, and longs above 2^53.
 */
public final class Agreement {
    private Agreement() {
    }

    /** A project. */
    @Table("ag_project")
    public record Project(Long id, String name,
                          @HasMany(foreignKey = "project_id") List<Task> tasks,
                          @ManyToMany(joinTable = "ag_project_tag", joinColumn = "project_id", inverseJoinColumn = "tag_id") List<Tag> tags,
                          @Count("tasks") Long taskCount, @Count("tags") Long tagCount) {
    }

    /** A task of an optional project. */
    @Table("ag_task")
    public record Task(Long id, String title, OffsetDateTime due, Instant doneAt, LocalDate startDay, BigDecimal cost,
                       Double ratio, Long big, Integer priority, @BelongsTo(foreignKey = "project_id") Project project) {
    }

    /** A tag. */
    @Table("ag_tag")
    public record Tag(Long id, String name, Double weight) {
    }

    static final String[] PROJECT_COLUMNS = {"id", "name"};
    static final Class<?>[] PROJECT_TYPES = {Long.class, String.class};
    static final String[] TAG_COLUMNS = {"id", "name", "weight"};
    static final Class<?>[] TAG_TYPES = {Long.class, String.class, Double.class};
    static final String[] LINK_COLUMNS = {"project_id", "tag_id"};
    static final Class<?>[] LINK_TYPES = {Long.class, Long.class};
    static final String[] TASK_COLUMNS = {"id", "project_id", "title", "due", "done_at", "start_day", "cost", "ratio", "big", "priority"};
    static final Class<?>[] TASK_TYPES = {Long.class, Long.class, String.class, OffsetDateTime.class, Instant.class,
        LocalDate.class, BigDecimal.class, Double.class, Long.class, Integer.class};

    private static final OffsetDateTime FIRST = OffsetDateTime.of(1, 1, 1, 14, 0, 0, 1_000, ZoneOffset.ofHours(14));
    private static final OffsetDateTime LAST = OffsetDateTime.of(9999, 12, 31, 11, 59, 59, 999_999_000, ZoneOffset.ofHours(-12));
    /** 2024-03-10T00:00:00.000001Z at +05:45, and the same instant at UTC: a tie. */
    private static final OffsetDateTime KATHMANDU = OffsetDateTime.of(2024, 3, 10, 5, 45, 0, 1_000, ZoneOffset.ofHoursMinutes(5, 45));
    private static final OffsetDateTime SAME_INSTANT = OffsetDateTime.of(2024, 3, 10, 0, 0, 0, 1_000, ZoneOffset.UTC);
    /** Earlier on the wall clock than {@link #KATHMANDU}, but later as an instant. */
    private static final OffsetDateTime BAKER = OffsetDateTime.of(2024, 3, 9, 23, 59, 59, 999_999_000, ZoneOffset.ofHours(-12));
    /** Later on the wall clock than {@link #KATHMANDU}, but earlier as an instant (2024-03-09T23:00Z). */
    private static final OffsetDateTime KIRITIMATI = OffsetDateTime.of(2024, 3, 10, 13, 0, 0, 0, ZoneOffset.ofHours(14));
    private static final OffsetDateTime GAP = OffsetDateTime.of(1582, 10, 10, 12, 0, 0, 500_000_000, ZoneOffset.ofHoursMinutes(5, 45));

    private static final Instant YEAR_ONE = Instant.parse("0001-01-01T00:00:00Z");
    private static final Instant YEAR_9999 = Instant.parse("9999-12-31T23:59:59.999999Z");
    private static final Instant AFTER_EPOCH = Instant.parse("1970-01-01T00:00:00.000001Z");
    private static final Instant BEFORE_EPOCH = Instant.parse("1969-12-31T23:59:59.999999Z");
    private static final Instant IN_GAP = Instant.parse("1582-10-10T00:00:00.123456Z");

    private static final LocalDate GAP_4 = LocalDate.of(1582, 10, 4);
    private static final LocalDate GAP_5 = LocalDate.of(1582, 10, 5);
    private static final LocalDate GAP_10 = LocalDate.of(1582, 10, 10);
    private static final LocalDate GAP_14 = LocalDate.of(1582, 10, 14);
    private static final LocalDate GAP_15 = LocalDate.of(1582, 10, 15);
    private static final LocalDate DAY_ONE = LocalDate.of(1, 1, 1);
    private static final LocalDate DAY_9999 = LocalDate.of(9999, 12, 31);

    private static final String HUGE = "12345678901234567890.12";
    private static final String HUGE_NEGATIVE = "-12345678901234567890.99";
    private static final String WIDEST = "99999999999999999999.99";

    private static final long P53 = 9_007_199_254_740_992L;

    static List<Object[]> projects() {
        return List.of(new Object[] {1L, "alpha"}, new Object[] {2L, null}, new Object[] {3L, "gamma"},
                new Object[] {4L, "beta"}, new Object[] {5L, "delta"});
    }

    static List<Object[]> tags() {
        return List.of(new Object[] {1L, "red", 0.5}, new Object[] {2L, null, null}, new Object[] {3L, "blue", -0.0},
                new Object[] {4L, "green", Double.MIN_VALUE}, new Object[] {5L, "gold", null},
                new Object[] {6L, "grey", 0.5});
    }

    static List<Object[]> links() {
        long[][] pairs = {{1, 1}, {1, 2}, {1, 3}, {1, 5}, {1, 6}, {2, 3}, {3, 4}, {3, 5}, {3, 1}, {4, 2}};
        List<Object[]> rows = new ArrayList<>();
        for (long[] pair : pairs) {
            rows.add(new Object[] {pair[0], pair[1]});
        }
        return rows;
    }

    /** id, project_id, title, due, done_at, start_day, cost, ratio, big, priority. */
    static List<Object[]> tasks() {
        return List.of(
                task(1, 1L, "a1", KATHMANDU, AFTER_EPOCH, GAP_10, "9.00", -0.0, P53 + 1, 2),
                task(2, 1L, "a2", SAME_INSTANT, null, GAP_4, "10.00", 0.0, P53, 2),
                task(3, 1L, null, null, YEAR_ONE, null, "-0.50", Double.MIN_VALUE, null, null),
                task(4, 1L, "a4", BAKER, YEAR_9999, GAP_15, null, Double.MAX_VALUE, Long.MAX_VALUE, 1),
                task(5, 1L, "a5", null, BEFORE_EPOCH, DAY_ONE, "9.00", null, Long.MIN_VALUE, 2),
                task(6, 1L, "a6", LAST, IN_GAP, DAY_9999, HUGE, 0.1 + 0.2, -(P53 + 1), null),
                task(7, 1L, "a7", KATHMANDU, null, GAP_10, HUGE_NEGATIVE, -Double.MAX_VALUE, 0L, 3),
                task(8, 2L, "b1", FIRST, YEAR_ONE, GAP_14, "0.00", Double.MIN_NORMAL, P53 + 1, 1),
                task(9, 2L, "b2", null, null, null, null, null, null, null),
                task(10, 2L, "b3", GAP, YEAR_9999, GAP_5, "100.00", 1e-7, P53, 1),
                task(11, 2L, "b4", KIRITIMATI, AFTER_EPOCH, DAY_ONE, WIDEST, -0.0, Long.MAX_VALUE, 2),
                task(12, 3L, "c1", KIRITIMATI, BEFORE_EPOCH, DAY_9999, "10.00", 1e-7, null, 3),
                task(13, 3L, null, FIRST, null, GAP_4, "9.00", Double.MIN_VALUE, Long.MIN_VALUE, null),
                task(14, 3L, "c3", null, IN_GAP, GAP_15, "-0.50", Double.MAX_VALUE, 0L, 1),
                task(15, 3L, "c4", BAKER, YEAR_ONE, null, null, 0.0, -(P53 + 1), 3),
                task(16, 3L, "c5", GAP, YEAR_9999, GAP_10, HUGE, -0.0, P53 + 1, 2),
                task(17, 4L, "d1", LAST, null, DAY_9999, "0.00", null, P53, null),
                task(18, null, "e1", SAME_INSTANT, AFTER_EPOCH, GAP_14, HUGE_NEGATIVE, -Double.MAX_VALUE, Long.MIN_VALUE, 1));
    }

    private static Object[] task(long id, Long project, String title, OffsetDateTime due, Instant doneAt, LocalDate day,
                                 String cost, Double ratio, Long big, Integer priority) {
        return new Object[] {id, project, title, due, doneAt, day, cost == null ? null : new BigDecimal(cost), ratio, big, priority};
    }
}
