package io.reactiveorm.examples.web;

import io.r2dbc.proxy.core.QueryExecutionInfo;
import io.r2dbc.proxy.listener.ProxyExecutionListener;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.boot.r2dbc.autoconfigure.ProxyConnectionFactoryCustomizer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts, through r2dbc-proxy around Boot's connection factory, the statements sent and the post rows the ORM
 * has decoded: tests see whether SQL ran, and how far an export was read.
 */
@TestConfiguration(proxyBeanMethods = false)
class SqlProbe {
    final AtomicLong statements = new AtomicLong();
    final AtomicLong postRows = new AtomicLong();

    @Bean
    ProxyConnectionFactoryCustomizer sqlProbeListener() {
        return builder -> builder.listener(new ProxyExecutionListener() {
            @Override
            public void beforeQuery(QueryExecutionInfo execInfo) {
                statements.incrementAndGet();
            }

            @Override
            public void eachQueryResult(QueryExecutionInfo execInfo) {
                String sql = execInfo.getQueries().get(0).getQuery().toLowerCase(Locale.ROOT);
                if (sql.startsWith("select") && sql.contains("post")) {
                    postRows.incrementAndGet();
                }
            }
        });
    }
}
