package io.reactiveorm.internal.exec;

import static org.assertj.core.api.Assertions.assertThat;

import io.r2dbc.pool.ConnectionPool;
import io.r2dbc.pool.ConnectionPoolConfiguration;
import io.r2dbc.pool.PoolMetrics;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactories;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The ORM's queue in front of the pool: first come first served, and a caller who gives up leaves it at once. */
class AcquireQueueTest {
    private ConnectionPool pool;
    private Connections connections;

    @BeforeEach
    void pool() {
        pool = new ConnectionPool(ConnectionPoolConfiguration.builder(
                        ConnectionFactories.get("r2dbc:h2:mem:///acquire-queue-" + System.nanoTime()))
                .initialSize(1).maxSize(1).build());
        connections = new Connections(pool, true, new Sessions(null, pool, true), null);
    }

    @AfterEach
    void close() {
        pool.dispose();
    }

    @Test
    void turnsComeInOrderAndEachReleaseLetsTheNextOneIn() {
        AtomicInteger runs = new AtomicInteger();
        List<Integer> order = new ArrayList<>();
        AcquireQueue queue = new AcquireQueue(1);
        queue.enter(() -> order.add(runs.incrementAndGet()));
        queue.enter(() -> order.add(10 + runs.incrementAndGet()));
        Runnable third = () -> order.add(100 + runs.incrementAndGet());
        queue.enter(third);
        assertThat(order).containsExactly(1);
        assertThat(queue.waiting()).isEqualTo(2);
        queue.release();
        assertThat(order).containsExactly(1, 12);
        assertThat(queue.leave(third)).isTrue();
        assertThat(queue.leave(third)).as("left once").isFalse();
        queue.release();
        queue.release();
        queue.enter(() -> order.add(1000));
        queue.enter(() -> order.add(2000));
        assertThat(order).as("two connections free after the third left").containsExactly(1, 12, 1000, 2000);
    }

    @Test
    void callersWhoGiveUpWhileAllConnectionsAreTakenLeaveTheQueueAtOnce() {
        Connection held = connections.create().block(Duration.ofSeconds(10));
        List<Disposable> waiting = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            waiting.add(connections.create().flatMap(c -> connections.close(c)).subscribe());
        }
        awaitWaiting(500);
        PoolMetrics metrics = pool.getMetrics().orElseThrow();
        assertThat(metrics.pendingAcquireSize()).as("nobody waits in the pool's own queue").isZero();

        waiting.forEach(Disposable::dispose);
        assertThat(connections.waiting()).as("callers who gave up").isZero();

        connections.close(held).block(Duration.ofSeconds(10));
        Connection next = connections.create().block(Duration.ofSeconds(2));
        assertThat(next).as("the next caller is served at once").isNotNull();
        connections.close(next).block(Duration.ofSeconds(10));
        assertThat(metrics.acquiredSize()).isZero();
    }

    @Test
    void callersGivingUpAtRandomPointsOfTheirAcquisitionLeaveEveryConnectionFree() {
        Random random = new Random(7);
        Flux.range(0, 2000).flatMap(i -> connections.use(c -> Mono.delay(Duration.ofMillis(random.nextInt(2))))
                        .take(Duration.ofMillis(random.nextInt(3))), 64)
                .then().block(Duration.ofSeconds(60));
        awaitAcquired(0);
        assertThat(connections.waiting()).isZero();
        Connection served = connections.create().block(Duration.ofSeconds(5));
        assertThat(served).isNotNull();
        connections.close(served).block(Duration.ofSeconds(10));
    }

    private void awaitWaiting(int n) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (connections.waiting() != n && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertThat(connections.waiting()).isEqualTo(n);
    }

    private void awaitAcquired(int n) {
        PoolMetrics metrics = pool.getMetrics().orElseThrow();
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (metrics.acquiredSize() != n && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertThat(metrics.acquiredSize()).isEqualTo(n);
    }
}
