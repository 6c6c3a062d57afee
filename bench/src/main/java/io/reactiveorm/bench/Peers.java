package io.reactiveorm.bench;

import io.r2dbc.spi.ConnectionFactory;
import java.util.List;

/** Adds the peer libraries (jOOQ, Spring Data R2DBC, Hibernate Reactive). */
final class Peers {
    private Peers() {
    }

    static void add(List<Impl> impls, String only, ConnectionFactory pool, int poolSize) {
        if (only == null || List.of(only.split(",")).contains("jOOQ")) {
            impls.add(new JooqImpl(pool));
        }
        if (only == null || List.of(only.split(",")).contains("Spring Data R2DBC")) {
            impls.add(new SpringDataImpl(pool));
        }
        if (only == null || List.of(only.split(",")).contains("Hibernate Reactive")) {
            impls.add(new HibernateReactiveImpl(poolSize));
        }
    }
}
