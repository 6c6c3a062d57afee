package io.reactiveorm.postgres;

import io.r2dbc.spi.ConnectionFactory;
import io.reactiveorm.conformance.TypeCorpus;
import io.reactiveorm.conformance.TypeCorpusConformance;
import io.reactiveorm.testing.TestDatabase;
import java.util.Set;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The type corpus on PostgreSQL. */
class PostgresTypeCorpusTest extends TypeCorpusConformance {

    @RegisterExtension
    static final TestDatabase db = TestDatabase.postgres();

    @Override
    protected ConnectionFactory connectionFactory() {
        return db.connectionFactory();
    }

    @Override
    protected String schemaResource() {
        return "/conformance/postgresql.sql";
    }

    /** PostgreSQL keeps NaN, the infinities, BC and 5-digit years; it rounds to microseconds. */
    @Override
    protected Set<String> rejected() {
        return TypeCorpus.SUB_MICROSECOND;
    }
}
