package io.reactiveorm.mysql;

import io.r2dbc.spi.ConnectionFactories;
import io.r2dbc.spi.ConnectionFactory;
import io.reactiveorm.conformance.GoldenSqlConformance;
import io.reactiveorm.spi.Dialect;

/** Golden SQL of the reference queries on MariaDB (the dialect found automatically for r2dbc-mysql). */
class MariaDbGoldenSqlTest extends GoldenSqlConformance {

    @Override
    protected Dialect dialect() {
        return MySqlDialectProvider.dialect();
    }

    @Override
    protected ConnectionFactory unusedConnectionFactory() {
        return ConnectionFactories.get("r2dbc:mysql://nobody@127.0.0.1:1/unused");
    }
}
