package io.reactiveorm.spring;

import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.IsolationLevel;
import io.reactiveorm.TransactionOptions;
import io.reactiveorm.spi.ExternalTransactions;
import java.util.Map;
import org.springframework.r2dbc.connection.ConnectionFactoryUtils;
import org.springframework.transaction.NoTransactionException;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.reactive.TransactionSynchronizationManager;
import org.springframework.transaction.reactive.TransactionalOperator;
import org.springframework.transaction.support.DefaultTransactionDefinition;
import reactor.core.publisher.Mono;

/**
 * Shares Spring's reactive transactions with the ORM: an ORM operation inside a {@code TransactionalOperator} or
 * {@code @Transactional} transaction of an {@code R2dbcTransactionManager} on the same {@link ConnectionFactory}
 * runs on its connection (found through {@link ConnectionFactoryUtils}), and {@code Orm.inTransaction} outside one
 * starts one with the manager, so that Spring's own data access inside the unit (a {@code DatabaseClient}) shares it.
 */
public final class SpringTransactions implements ExternalTransactions {
    private static final Map<IsolationLevel, Integer> ISOLATION = Map.of(
            IsolationLevel.READ_UNCOMMITTED, TransactionDefinition.ISOLATION_READ_UNCOMMITTED,
            IsolationLevel.READ_COMMITTED, TransactionDefinition.ISOLATION_READ_COMMITTED,
            IsolationLevel.REPEATABLE_READ, TransactionDefinition.ISOLATION_REPEATABLE_READ,
            IsolationLevel.SERIALIZABLE, TransactionDefinition.ISOLATION_SERIALIZABLE);

    private final ConnectionFactory factory;
    private final ReactiveTransactionManager manager;

    /**
     * @param factory the connection factory the manager's transactions are bound to (the application's)
     * @param manager the manager that starts transactions for {@code Orm.inTransaction}
     */
    public SpringTransactions(ConnectionFactory factory, ReactiveTransactionManager manager) {
        this.factory = factory;
        this.manager = manager;
    }

    @Override
    public Mono<Connection> connection() {
        return TransactionSynchronizationManager.forCurrentTransaction()
                .filter(sync -> sync.isActualTransactionActive() && sync.hasResource(factory))
                .flatMap(sync -> ConnectionFactoryUtils.getConnection(factory))
                .onErrorResume(NoTransactionException.class, e -> Mono.empty());
    }

    @Override
    public <T> Mono<T> inTransaction(TransactionOptions options, Mono<T> unit) {
        DefaultTransactionDefinition definition = new DefaultTransactionDefinition();
        definition.setReadOnly(options.readOnly());
        IsolationLevel isolation = options.isolation();
        if (isolation != null) {
            definition.setIsolationLevel(ISOLATION.getOrDefault(isolation, TransactionDefinition.ISOLATION_DEFAULT));
        }
        return TransactionalOperator.create(manager, definition).transactional(unit);
    }
}
