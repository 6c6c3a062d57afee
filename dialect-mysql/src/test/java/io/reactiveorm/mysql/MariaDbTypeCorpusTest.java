package io.reactiveorm.mysql;

import io.r2dbc.spi.ConnectionFactory;
import io.reactiveorm.conformance.TypeCorpus;
import io.reactiveorm.conformance.TypeCorpusConformance;
import io.reactiveorm.testing.TestDatabase;
import java.util.Set;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The type corpus on MariaDB. */
class MariaDbTypeCorpusTest extends TypeCorpusConformance {

    /**
     * NaN and the infinities, {@link Float#MAX_VALUE} (FLOAT ends at 3.402823466E+38), years outside 1 to 9999, and more
     * than 6 fractional-second digits.
     */
    static final Set<String> REJECTED = TypeCorpus.union(Set.of("float max"), TypeCorpus.SUB_MICROSECOND,
            TypeCorpus.NON_FINITE, TypeCorpus.OUTSIDE_YEARS_1_TO_9999);

    @RegisterExtension
    static final TestDatabase db = TestDatabase.mariadb();

    @Override
    protected ConnectionFactory connectionFactory() {
        return MySqlTests.connectionFactory(db);
    }

    @Override
    protected String schemaResource() {
        return "/conformance/mariadb.sql";
    }

    @Override
    protected Set<String> rejected() {
        return REJECTED;
    }
}
