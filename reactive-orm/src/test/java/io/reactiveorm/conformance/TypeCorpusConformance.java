package io.reactiveorm.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import io.reactiveorm.BulkLoadException;
import io.reactiveorm.Filter;
import io.reactiveorm.InvalidQueryException;
import io.reactiveorm.Orm;
import io.reactiveorm.Sort;
import io.reactiveorm.conformance.TypeCorpus.Case;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Every value of the {@link TypeCorpus}, written through {@code insert}, {@code insertAll} and {@code bulk}, is
 * either read back equal (as a root, nested through {@code @BelongsTo}, and through {@code @HasMany} with and without
 * a limit) or rejected with an {@link InvalidQueryException} naming the attribute before anything is written. Tagged
 * {@code zones}: the build runs it again in three far-from-UTC JVM time zones.
 */
@Tag("zones")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class TypeCorpusConformance {
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final long HOLDER = 1;
    private Orm orm;

    /** The write paths. */
    enum Write { INSERT, INSERT_ALL, BULK }

    /** @return a connection factory on a fresh, empty schema */
    protected abstract ConnectionFactory connectionFactory();

    /** @return the DDL with the {@code typed} and {@code typed_holder} tables */
    protected abstract String schemaResource();

    /** @return the names of the {@link TypeCorpus} cases this database cannot store unchanged, so the ORM rejects them */
    protected abstract Set<String> rejected();

    /** @return whether a decimal keeps its own scale (else it takes the column's declared scale, 2) */
    protected boolean keepsDecimalScale() {
        return false;
    }

    /**
     * @param factory where the ORM's connections come from
     * @return a builder for the ORM; override to set a dialect the driver does not find by itself
     */
    protected Orm.Builder ormBuilder(ConnectionFactory factory) {
        return Orm.builder(factory);
    }

    @BeforeAll
    void createSchema() {
        SchemaScripts.run(connectionFactory(), schemaResource()).block(Duration.ofSeconds(60));
        orm = ormBuilder(connectionFactory()).pool(true, 4).build();
    }

    @AfterAll
    void close() {
        if (orm != null) {
            orm.close().block(Duration.ofSeconds(10));
        }
    }

    Stream<Arguments> writes() {
        return TypeCorpus.cases().stream().flatMap(c -> Stream.of(Write.values()).map(w -> Arguments.of(c, w)));
    }

    @Test
    void everyRejectedCaseIsInTheCorpus() {
        assertThat(TypeCorpus.cases().stream().map(Case::name).toList()).containsAll(rejected());
    }

    @Test
    void updateAllRejectsAValueBeforeWriting() {
        empty();
        orm.insert(TypeCorpus.plain(1)).block(TIMEOUT);
        Throwable error = catchThrowable(() -> orm.updateAll(Typed.class).set("clockValue", LocalTime.MAX).execute()
                .block(TIMEOUT));
        assertThat(error).isInstanceOf(InvalidQueryException.class)
                .hasMessageContaining("Typed.clockValue: more than 6 fractional-second digits");
        assertThat(orm.from(Typed.class).fetchOne().block(TIMEOUT).clockValue()).as("unchanged").isNull();
    }

    @ParameterizedTest(name = "{0} via {1}")
    @MethodSource("writes")
    void roundTripsOrIsRejectedBeforeWriting(Case c, Write write) {
        empty();
        Typed neighbour = TypeCorpus.plain(1000 + c.row().id());
        Throwable error = catchThrowable(() -> write(write, neighbour, c.row()).block(TIMEOUT));
        if (rejected().contains(c.name())) {
            assertThat(error).as("%s via %s must be rejected", c, write).isNotNull();
            Throwable invalid = error instanceof BulkLoadException ? error.getCause() : error;
            assertThat(invalid).as("rejected before writing").isInstanceOf(InvalidQueryException.class)
                    .hasMessageContaining("Typed." + changedAttribute(c.row()));
            assertThat(orm.from(Typed.class).count().block(TIMEOUT)).as("nothing written").isZero();
            return;
        }
        assertThat(error).as("%s via %s must be stored", c, write).isNull();
        Typed expected = expected(c.row());
        link(c.row().id());
        try {
            assertReadBack(c, write, expected);
        } catch (RuntimeException e) {
            throw new AssertionError(c + " via " + write + ": reading it back failed", e);
        }
    }

    private void assertReadBack(Case c, Write write, Typed expected) {
        Typed root = orm.from(Typed.class).where(Filter.eq("id", c.row().id())).fetchOne().block(TIMEOUT);
        Typed.Holder holder = orm.from(Typed.Holder.class).includeTree(t -> t.include("one").include("items"))
                .where(Filter.eq("id", HOLDER)).fetchOne().block(TIMEOUT);
        Typed.Holder limited = orm.from(Typed.Holder.class)
                .includeTree(t -> t.include("items", i -> i.orderBy(Sort.asc("id")).limit(1)))
                .where(Filter.eq("id", HOLDER)).fetchOne().block(TIMEOUT);
        assertThat(root).as("%s via %s: root", c, write).isEqualTo(expected);
        assertThat(holder.one()).as("%s via %s: @BelongsTo", c, write).isEqualTo(expected);
        assertThat(holder.items()).as("%s via %s: @HasMany", c, write).containsExactly(expected);
        assertThat(limited.items()).as("%s via %s: @HasMany with a limit", c, write).containsExactly(expected);
    }

    private Mono<?> write(Write write, Typed neighbour, Typed row) {
        return switch (write) {
            case INSERT -> orm.insert(row);
            case INSERT_ALL -> orm.insertAll(List.of(neighbour, row));
            case BULK -> orm.bulk(Typed.class).batchSize(1).load(Flux.just(neighbour, row));
        };
    }

    private void empty() {
        orm.deleteAll(Typed.Holder.class).execute().then(orm.deleteAll(Typed.class).execute()).block(TIMEOUT);
    }

    /** Points a holder at the row (to-one) and the row at the holder (to-many), with plain SQL. */
    private void link(long id) {
        Mono.usingWhen(connectionFactory().create(), c -> Flux.concat(
                        execute(c, "INSERT INTO typed_holder (id, typed_id) VALUES (" + HOLDER + ", " + id + ")"),
                        execute(c, "UPDATE typed SET holder_id = " + HOLDER + " WHERE id = " + id)).then(),
                Connection::close).block(TIMEOUT);
    }

    private static Flux<Long> execute(Connection c, String sql) {
        return Flux.from(c.createStatement(sql).execute()).concatMap(r -> r.getRowsUpdated());
    }

    /** The row as the database gives it back: offsets as the same instant in UTC, decimals at the column's scale. */
    private Typed expected(Typed row) {
        Object[] args = TypeCorpus.values(row);
        for (int i = 0; i < args.length; i++) {
            if (args[i] instanceof OffsetDateTime t) {
                args[i] = t.withOffsetSameInstant(ZoneOffset.UTC);
            } else if (args[i] instanceof BigDecimal d && !keepsDecimalScale()) {
                args[i] = d.setScale(2);
            }
        }
        return TypeCorpus.construct(args);
    }

    /** @return the name of the one attribute a corpus case sets (besides the id and the primitives) */
    private static String changedAttribute(Typed row) {
        RecordComponent[] components = Typed.class.getRecordComponents();
        Object[] args = TypeCorpus.values(row);
        List<String> set = new ArrayList<>();
        for (int i = 1; i < components.length; i++) {
            if (args[i] != null && !components[i].getType().isPrimitive()) {
                set.add(components[i].getName());
            }
        }
        return set.size() == 1 ? set.get(0) : "";
    }
}
