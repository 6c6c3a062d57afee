package io.reactiveorm.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.reactiveorm.Filter;
import io.reactiveorm.Orm;
import io.reactiveorm.examples.web.Blog.User;
import io.reactiveorm.examples.web.ExampleApplication;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

/**
 * The ORM and Spring's reactive transactions (Boot's R2dbcTransactionManager) share transactions in the example
 * application: a rollback on either side undoes the writes of both, and each side sees the other's uncommitted
 * writes inside one transaction.
 */
@SpringBootTest(classes = ExampleApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = {"example.seed.posts=10", "spring.r2dbc.generate-unique-name=true"})
class SpringTransactionsTest {
    private static final Duration WAIT = Duration.ofSeconds(30);

    @Autowired
    Orm orm;
    @Autowired
    DatabaseClient client;
    @Autowired
    ReactiveTransactionManager manager;

    private static String email() {
        return UUID.randomUUID() + "@example.com";
    }

    private Mono<Long> insertWithSpring(String email) {
        return client.sql("INSERT INTO users (name, email) VALUES ('spring', :email)").bind("email", email)
                .fetch().rowsUpdated();
    }

    private long users(String... emails) {
        return orm.from(User.class).where(Filter.in("email", (Object[]) emails)).count().block(WAIT);
    }

    @Test
    void aSpringRollbackUndoesTheOrmsWrites() {
        String ormEmail = email();
        String springEmail = email();
        Mono<Object> unit = orm.insert(new User(null, "orm", ormEmail, null))
                .then(insertWithSpring(springEmail))
                .then(Mono.error(new IllegalStateException("spring side fails")));
        StepVerifier.create(TransactionalOperator.create(manager).transactional(unit))
                .expectErrorMessage("spring side fails").verify(WAIT);
        assertThat(users(ormEmail, springEmail)).isZero();
    }

    @Test
    void anOrmRollbackUndoesSpringsWrites() {
        String ormEmail = email();
        String springEmail = email();
        StepVerifier.create(orm.inTransaction(tx -> insertWithSpring(springEmail)
                        .then(tx.insert(new User(null, "orm", ormEmail, null)))
                        .then(Mono.error(new IllegalStateException("orm side fails")))))
                .expectErrorMessage("orm side fails").verify(WAIT);
        assertThat(users(ormEmail, springEmail)).isZero();
    }

    @Test
    void anOrmUnitInsideASpringTransactionIsASavepoint() {
        String kept = email();
        String undone = email();
        Mono<Long> unit = insertWithSpring(kept)
                .then(orm.inTransaction(tx -> tx.insert(new User(null, "orm", undone, null)).then(Mono.error(new IllegalStateException("inner"))))
                        .onErrorResume(e -> Mono.empty()))
                .then(orm.from(User.class).where(Filter.in("email", kept, undone)).count());
        assertThat(TransactionalOperator.create(manager).transactional(unit).block(WAIT)).as("seen inside").isEqualTo(1L);
        assertThat(users(kept, undone)).isEqualTo(1L);
    }

    @Test
    void bothSidesCommitTogetherAndSeeEachOthersWrites() {
        String ormEmail = email();
        String springEmail = email();
        Mono<Long> unit = insertWithSpring(springEmail)
                .then(orm.insert(new User(null, "orm", ormEmail, null)))
                .then(orm.from(User.class).where(Filter.in("email", ormEmail, springEmail)).count());
        assertThat(TransactionalOperator.create(manager).transactional(unit).block(WAIT)).isEqualTo(2L);
        Long seenBySpring = orm.inTransaction(tx -> tx.insert(new User(null, "orm", email(), null))
                .flatMap(u -> client.sql("SELECT count(*) FROM users WHERE id = :id").bind("id", u.id())
                        .map(row -> row.get(0, Long.class)).one())).block(WAIT);
        assertThat(seenBySpring).isEqualTo(1L);
        assertThat(users(ormEmail, springEmail)).isEqualTo(2L);
    }
}
