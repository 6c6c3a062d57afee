package io.reactiveorm.spi;

import io.r2dbc.spi.Connection;
import io.reactiveorm.TransactionOptions;
import reactor.core.publisher.Mono;

/**
 * Lets the ORM share transactions managed outside it, such as Spring's reactive transactions, without depending
 * on their library. Set with {@link io.reactiveorm.Orm.Builder#externalTransactions}. Then:
 * <ul>
 *   <li>an ORM operation that is not inside an ORM unit of work runs on the connection of the external transaction
 *       its Reactor {@code Context} carries, if any ({@link #connection()});</li>
 *   <li>{@link io.reactiveorm.Orm#inTransaction} inside an external transaction becomes a savepoint of it, and
 *       outside one starts a new external transaction ({@link #inTransaction}), so that the integration's own work
 *       inside the unit shares it.</li>
 * </ul>
 *
 * @since 0.1
 */
public interface ExternalTransactions {

    /**
     * Finds the connection of the external transaction the subscriber's Reactor {@code Context} carries. The ORM
     * subscribes to it within each operation's context, runs the operation's statements on the connection and never
     * commits, rolls back or closes it: the transaction's owner does.
     *
     * @return the connection, or empty when the context carries no external transaction on this ORM's database
     */
    Mono<Connection> connection();

    /**
     * Runs a unit of work in a new external transaction: begins it, subscribes to {@code unit} with a context in
     * which {@link #connection()} finds it, commits when the unit completes and rolls back on error and on cancel.
     *
     * @param options the isolation level and read-only flag (the ORM handles retries itself)
     * @param unit the unit of work
     * @param <T> the result type
     * @return the unit's result, emitted after the commit
     */
    <T> Mono<T> inTransaction(TransactionOptions options, Mono<T> unit);
}
