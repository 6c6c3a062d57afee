package io.reactiveorm.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.r2dbc.spi.ConnectionFactory;
import io.reactiveorm.Filter;
import io.reactiveorm.Orm;
import io.reactiveorm.spring.Library.Author;
import java.time.Duration;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.r2dbc.autoconfigure.R2dbcAutoConfiguration;
import org.springframework.boot.r2dbc.autoconfigure.R2dbcTransactionManagerAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.r2dbc.connection.R2dbcTransactionManager;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

/**
 * The auto-configured ORM and Spring's reactive transactions (Boot's R2dbcTransactionManager) share transactions on
 * embedded H2: a rollback on either side undoes the writes of both, and each side sees the other's uncommitted
 * writes inside one transaction.
 */
class SpringTransactionsTest {
    private static final Duration WAIT = Duration.ofSeconds(30);

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(R2dbcAutoConfiguration.class,
                    R2dbcTransactionManagerAutoConfiguration.class, ReactiveOrmAutoConfiguration.class))
            // r2dbc-h2 works on the subscribing thread, and Boot's pool hands new connections over on a Reactor
            // thread, where BlockHound fails H2's blocking (the example application offloads H2 instead). Without
            // the pool, every statement of this test runs on the test's thread or the ORM's offloading scheduler.
            .withPropertyValues("spring.r2dbc.generate-unique-name=true", "spring.r2dbc.pool.enabled=false");

    /** One application context with the schema: its ORM, a DatabaseClient and the transaction manager. */
    private record App(Orm orm, DatabaseClient client, ReactiveTransactionManager manager) {

        Mono<Long> insertWithSpring(String name) {
            return client.sql("INSERT INTO author (name) VALUES (:name)").bind("name", name).fetch().rowsUpdated();
        }

        long authors(String... names) {
            return orm.from(Author.class).where(Filter.in("name", (Object[]) names)).count().block(WAIT);
        }
    }

    private void run(Consumer<App> test) {
        runner.run(context -> {
            ConnectionFactory factory = context.getBean(ConnectionFactory.class);
            Library.createSchema(factory);
            DatabaseClient client = DatabaseClient.create(factory);
            test.accept(new App(context.getBean(Orm.class), client, context.getBean(ReactiveTransactionManager.class)));
        });
    }

    private static String name() {
        return UUID.randomUUID().toString();
    }

    @Test
    void aSpringRollbackUndoesTheOrmsWrites() {
        run(app -> {
            String ormName = name();
            String springName = name();
            Mono<Object> unit = app.orm().insert(new Author(null, ormName, null))
                    .then(app.insertWithSpring(springName))
                    .then(Mono.error(new IllegalStateException("spring side fails")));
            StepVerifier.create(TransactionalOperator.create(app.manager()).transactional(unit))
                    .expectErrorMessage("spring side fails").verify(WAIT);
            assertThat(app.authors(ormName, springName)).isZero();
        });
    }

    @Test
    void anOrmRollbackUndoesSpringsWrites() {
        run(app -> {
            String ormName = name();
            String springName = name();
            StepVerifier.create(app.orm().inTransaction(tx -> app.insertWithSpring(springName)
                            .then(tx.insert(new Author(null, ormName, null)))
                            .then(Mono.error(new IllegalStateException("orm side fails")))))
                    .expectErrorMessage("orm side fails").verify(WAIT);
            assertThat(app.authors(ormName, springName)).isZero();
        });
    }

    @Test
    void anOrmUnitInsideASpringTransactionIsASavepoint() {
        run(app -> {
            String kept = name();
            String undone = name();
            Mono<Long> unit = app.insertWithSpring(kept)
                    .then(app.orm().inTransaction(tx -> tx.insert(new Author(null, undone, null))
                                    .then(Mono.error(new IllegalStateException("inner"))))
                            .onErrorResume(e -> Mono.empty()))
                    .then(app.orm().from(Author.class).where(Filter.in("name", kept, undone)).count());
            assertThat(TransactionalOperator.create(app.manager()).transactional(unit).block(WAIT))
                    .as("seen inside").isEqualTo(1L);
            assertThat(app.authors(kept, undone)).isEqualTo(1L);
        });
    }

    @Test
    void bothSidesCommitTogetherAndSeeEachOthersWrites() {
        run(app -> {
            String ormName = name();
            String springName = name();
            Mono<Long> unit = app.insertWithSpring(springName)
                    .then(app.orm().insert(new Author(null, ormName, null)))
                    .then(app.orm().from(Author.class).where(Filter.in("name", ormName, springName)).count());
            assertThat(TransactionalOperator.create(app.manager()).transactional(unit).block(WAIT)).isEqualTo(2L);
            Long seenBySpring = app.orm().inTransaction(tx -> tx.insert(new Author(null, name(), null))
                    .flatMap(a -> app.client().sql("SELECT count(*) FROM author WHERE id = :id").bind("id", a.id())
                            .map(row -> row.get(0, Long.class)).one())).block(WAIT);
            assertThat(seenBySpring).isEqualTo(1L);
            assertThat(app.authors(ormName, springName)).isEqualTo(2L);
        });
    }

    @Test
    void noSpringTransactionsWithoutAManagerOnTheOrmsFactory() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(R2dbcAutoConfiguration.class, ReactiveOrmAutoConfiguration.class))
                .withPropertyValues("spring.r2dbc.generate-unique-name=true", "spring.r2dbc.pool.enabled=false")
                .run(context -> {
                    Orm orm = context.getBean(Orm.class);
                    ConnectionFactory factory = context.getBean(ConnectionFactory.class);
                    Library.createSchema(factory);
                    DatabaseClient client = DatabaseClient.create(factory);
                    String springName = name();
                    StepVerifier.create(orm.inTransaction(tx -> client.sql("INSERT INTO author (name) VALUES (:name)")
                                    .bind("name", springName).fetch().rowsUpdated()
                                    .then(Mono.error(new IllegalStateException("orm side fails")))))
                            .expectErrorMessage("orm side fails").verify(WAIT);
                    assertThat(orm.from(Author.class).where(Filter.eq("name", springName)).count().block(WAIT))
                            .as("Spring's write ran outside the ORM's own transaction").isEqualTo(1L);
                });
    }

    @Test
    void withoutSpringR2dbcTheOrmStillComes() {
        runner.withClassLoader(new FilteredClassLoader(R2dbcTransactionManager.class))
                .run(context -> assertThat(context).hasNotFailed().hasSingleBean(Orm.class)
                        .doesNotHaveBean(OrmBuilderCustomizer.class));
    }
}
