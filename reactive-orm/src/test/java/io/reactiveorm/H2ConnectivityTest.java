package io.reactiveorm;

import io.reactiveorm.testing.ConnectivityConformance;
import io.reactiveorm.testing.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

class H2ConnectivityTest extends ConnectivityConformance {

    @RegisterExtension
    static final TestDatabase db = TestDatabase.h2();

    @Override
    protected TestDatabase database() {
        return db;
    }
}
