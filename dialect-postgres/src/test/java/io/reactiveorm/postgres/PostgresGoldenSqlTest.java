package io.reactiveorm.postgres;

import io.r2dbc.spi.ConnectionFactories;
import io.r2dbc.spi.ConnectionFactory;
import io.reactiveorm.conformance.GoldenSqlConformance;
import io.reactiveorm.spi.Dialect;

/** Golden SQL of the reference queries on PostgreSQL. */
class PostgresGoldenSqlTest extends GoldenSqlConformance {

    @Override
    protected Dialect dialect() {
        return PostgresDialectProvider.dialect();
    }

    @Override
    protected ConnectionFactory unusedConnectionFactory() {
        return ConnectionFactories.get("r2dbc:postgresql://nobody@127.0.0.1:1/unused");
    }
}
