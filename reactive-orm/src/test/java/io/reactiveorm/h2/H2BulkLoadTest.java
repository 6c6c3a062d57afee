package io.reactiveorm.h2;

import io.r2dbc.spi.ConnectionFactory;
import io.reactiveorm.conformance.BulkLoadConformance;
import io.reactiveorm.spi.BulkConflict;
import io.reactiveorm.testing.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Bulk loads on H2: multi-row INSERT, MERGE on conflict; skipping conflicts is not supported. */
class H2BulkLoadTest extends BulkLoadConformance {

    @RegisterExtension
    static final TestDatabase db = TestDatabase.h2();

    @Override
    protected ConnectionFactory connectionFactory() {
        return db.connectionFactory();
    }

    @Override
    protected List<String> schemaResources() {
        return List.of("/conformance/h2.sql", "/conformance/h2-writes.sql");
    }

    @Override
    protected boolean supports(BulkConflict conflict) {
        return conflict != BulkConflict.SKIP;
    }
}
