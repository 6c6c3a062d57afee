package io.reactiveorm.mysql;

import static org.assertj.core.api.Assertions.assertThat;

import io.asyncer.r2dbc.mysql.MySqlConnectionFactoryProvider;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactories;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.ConnectionFactoryOptions;
import io.reactiveorm.HasMany;
import io.reactiveorm.Id;
import io.reactiveorm.IncludeTree;
import io.reactiveorm.Orm;
import io.reactiveorm.Sort;
import io.reactiveorm.Table;
import io.reactiveorm.testing.TestDatabase;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * {@code Orm.connect(url)} with an r2dbc-mysql URL applies {@link MySqlSessionDefaults} on its own (through
 * {@link MySqlDialectProvider#connectionOptions}), even over a URL that asks for another time zone.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MariaDbOrmConnectTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    /** The driver writes and reads instants in this zone unless the defaults replace it with UTC. */
    private static final String SKEWED = "connectionTimeZone=%2B05:00";
    private static final Instant WHEN = Instant.parse("2024-03-31T01:30:15.123456Z");

    @RegisterExtension
    static final TestDatabase db = TestDatabase.mariadb();

    /** An event with its marks, both holding TIMESTAMP(6) instants. */
    @Table("event")
    record Event(@Id Long id, Instant happenedAt, @HasMany(foreignKey = "event_id") List<Mark> marks) {
    }

    /** A mark of an event. */
    @Table("mark")
    record Mark(@Id Long id, Long eventId, Instant seenAt) {
    }

    @BeforeAll
    void createSchema() {
        db.execute("CREATE TABLE event (id BIGINT PRIMARY KEY, happened_at TIMESTAMP(6) NULL)",
                "CREATE TABLE mark (id BIGINT PRIMARY KEY, event_id BIGINT NOT NULL, seen_at TIMESTAMP(6) NULL)")
                .block(TIMEOUT);
    }

    @BeforeEach
    void empty() {
        db.execute("DELETE FROM mark", "DELETE FROM event").block(TIMEOUT);
    }

    private static String withQuery(String url, String parameter) {
        return url + (url.contains("?") ? "&" : "?") + parameter;
    }

    private static <T> T use(Orm orm, Function<Orm, Mono<T>> work) {
        try {
            return work.apply(orm).block(TIMEOUT);
        } finally {
            orm.close().block(TIMEOUT);
        }
    }

    private static Mono<String[]> sessionSettings(ConnectionFactory factory) {
        return select(factory, "SELECT CONCAT_WS('|', @@session.time_zone, @@session.group_concat_max_len)")
                .map(s -> s.split("\\|"));
    }

    private static Mono<String> select(ConnectionFactory factory, String sql) {
        return Mono.usingWhen(factory.create(),
                c -> Flux.from(c.createStatement(sql).execute()).concatMap(r -> r.map(row -> row.get(0, String.class)))
                        .single(),
                Connection::close);
    }

    /** The instant the server holds for the event: UNIX_TIMESTAMP of a TIMESTAMP column ignores the session zone. */
    private static Instant stored(long id) {
        String epoch = select(db.connectionFactory(), "SELECT CAST(UNIX_TIMESTAMP(happened_at) AS CHAR) FROM event WHERE id = " + id)
                .block(TIMEOUT);
        BigDecimal micros = new BigDecimal(epoch).movePointRight(6);
        return Instant.EPOCH.plus(Duration.ofNanos(micros.longValueExact() * 1000));
    }

    @Test
    void connectSetsTheSessionTimeZoneAndGroupConcatLength() {
        String[] settings = use(Orm.connect(db.url()), orm -> sessionSettings(orm.connectionFactory()));
        assertThat(settings[0]).isEqualTo("+00:00");
        // 4294967295 on MySQL; MariaDB 10.11 clamps it to 1 GiB (the default is 1 MiB).
        assertThat(Long.parseLong(settings[1])).isGreaterThanOrEqualTo(1L << 30);
    }

    @Test
    void poolUrlsGetTheDefaultsToo() {
        String url = db.url().replaceFirst("^r2dbc:mysql:", "r2dbc:pool:mysql:");
        assertThat(url).startsWith("r2dbc:pool:mysql://");
        String[] settings = use(Orm.connect(url), orm -> sessionSettings(orm.connectionFactory()));
        assertThat(settings[0]).isEqualTo("+00:00");
        assertThat(Long.parseLong(settings[1])).isGreaterThanOrEqualTo(1L << 30);
    }

    @Test
    void timestampsRoundTripExactlyThroughColumnsAndJson() {
        Event event = new Event(1L, WHEN, null);
        List<Event> loaded = use(Orm.connect(withQuery(db.url(), SKEWED)), orm -> orm.insert(event)
                .then(orm.insert(new Mark(11L, 1L, WHEN.plusSeconds(1))))
                .then(orm.from(Event.class).includeTree(IncludeTree.parse("happenedAt,marks(seenAt)"))
                        .orderBy(Sort.asc("id")).fetchAll().collectList()));
        // eventId is not in the tree, so it stays null.
        assertThat(loaded).containsExactly(new Event(1L, WHEN, List.of(new Mark(11L, null, WHEN.plusSeconds(1)))));
        assertThat(stored(1L)).as("instant held by the server").isEqualTo(WHEN);
    }

    @Test
    void withoutTheDefaultsTheSameUrlStoresAnotherInstant() {
        Orm plain = Orm.builder(ConnectionFactories.get(withQuery(db.url(), SKEWED))).build();
        use(plain, orm -> orm.insert(new Event(2L, WHEN, null)));
        // The driver writes 06:30:15 (+05:00 wall time), which the server reads in its own zone.
        long serverOffset = Long.parseLong(select(db.connectionFactory(),
                "SELECT CAST(TIMESTAMPDIFF(SECOND, UTC_TIMESTAMP(), NOW()) AS CHAR)").block(TIMEOUT));
        assertThat(stored(2L)).isEqualTo(WHEN.plus(Duration.ofHours(5)).minusSeconds(serverOffset))
                .isNotEqualTo(WHEN);
    }

    @Test
    void optionsOfOtherDriversAreLeftAlone() {
        MySqlDialectProvider provider = new MySqlDialectProvider();
        ConnectionFactoryOptions postgres = ConnectionFactoryOptions.parse("r2dbc:postgresql://u@h/db");
        assertThat(provider.connectionOptions(postgres)).isSameAs(postgres);
        ConnectionFactoryOptions pooled = provider.connectionOptions(
                ConnectionFactoryOptions.parse("r2dbc:pool:mysql://u@h/db"));
        assertThat(pooled.getValue(MySqlConnectionFactoryProvider.CONNECTION_TIME_ZONE)).isEqualTo("UTC");
        assertThat((String[]) pooled.getValue(MySqlConnectionFactoryProvider.SESSION_VARIABLES))
                .containsExactlyElementsOf(MySqlSessionDefaults.SESSION_VARIABLES);
    }
}
