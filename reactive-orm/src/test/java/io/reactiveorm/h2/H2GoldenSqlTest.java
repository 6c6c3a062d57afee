package io.reactiveorm.h2;

import io.r2dbc.spi.ConnectionFactories;
import io.r2dbc.spi.ConnectionFactory;
import io.reactiveorm.conformance.GoldenSqlConformance;
import io.reactiveorm.spi.Dialect;

/** Golden SQL of the reference queries on H2. */
class H2GoldenSqlTest extends GoldenSqlConformance {

    @Override
    protected Dialect dialect() {
        return H2DialectProvider.dialect();
    }

    @Override
    protected ConnectionFactory unusedConnectionFactory() {
        return ConnectionFactories.get("r2dbc:h2:mem:///unused");
    }
}
