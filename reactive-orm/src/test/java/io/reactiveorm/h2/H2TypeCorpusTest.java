package io.reactiveorm.h2;

import io.r2dbc.spi.ConnectionFactory;
import io.reactiveorm.conformance.TypeCorpus;
import io.reactiveorm.conformance.TypeCorpusConformance;
import io.reactiveorm.testing.TestDatabase;
import java.util.Set;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The type corpus on H2. */
class H2TypeCorpusTest extends TypeCorpusConformance {

    @RegisterExtension
    static final TestDatabase db = TestDatabase.h2();

    @Override
    protected ConnectionFactory connectionFactory() {
        return db.connectionFactory();
    }

    @Override
    protected String schemaResource() {
        return "/conformance/h2.sql";
    }

    /** H2 keeps NaN, the infinities and every year; it rounds to microseconds. */
    @Override
    protected Set<String> rejected() {
        return TypeCorpus.SUB_MICROSECOND;
    }
}
