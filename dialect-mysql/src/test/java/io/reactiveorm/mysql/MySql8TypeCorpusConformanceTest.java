package io.reactiveorm.mysql;

import io.r2dbc.spi.ConnectionFactory;
import io.reactiveorm.Orm;
import io.reactiveorm.conformance.TypeCorpusConformance;
import io.reactiveorm.testing.TestDatabase;
import java.util.Set;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The type corpus on MySQL 8 with {@link MySqlDialectProvider#mysql8()} ({@code -Pmysql8}). */
class MySql8TypeCorpusConformanceTest extends TypeCorpusConformance {

    @RegisterExtension
    static final TestDatabase db = TestDatabase.mysql8();

    @Override
    protected ConnectionFactory connectionFactory() {
        return MySqlTests.connectionFactory(db);
    }

    @Override
    protected String schemaResource() {
        return "/conformance/mysql8.sql";
    }

    /** Like MariaDB. */
    @Override
    protected Set<String> rejected() {
        return MariaDbTypeCorpusTest.REJECTED;
    }

    @Override
    protected Orm.Builder ormBuilder(ConnectionFactory factory) {
        return MySqlTests.mysql8OrmBuilder(factory);
    }
}
