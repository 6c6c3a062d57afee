package io.reactiveorm.spring;

import io.r2dbc.spi.ConnectionFactory;
import io.reactiveorm.IncludeLimits;
import io.reactiveorm.Orm;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.r2dbc.connection.R2dbcTransactionManager;

/**
 * Creates the {@link Orm} from the application's R2DBC {@link ConnectionFactory} bean (Spring Boot's pooled one,
 * configured with {@code spring.r2dbc.*}, or the application's own), with the dialect found from the driver and
 * the settings of {@code reactive-orm.*}. An {@link IncludeLimits} bean, if any, bounds the include trees the ORM
 * accepts (before {@code reactive-orm.limits.*}). Backs off when the application defines its own {@code Orm} bean.
 *
 * <p>With Spring's {@link R2dbcTransactionManager} on that factory (Spring Boot configures one), the ORM and Spring
 * share transactions ({@link SpringTransactions}): ORM operations inside a {@code TransactionalOperator} or
 * {@code @Transactional} transaction join it, and {@code Orm.inTransaction} starts a Spring transaction, which
 * a {@code DatabaseClient} inside the unit joins. Either side's rollback undoes both sides' writes.
 *
 * <p>When the factory is already a pool (Spring Boot's default with r2dbc-pool), the ORM uses it as is, so the
 * application and the ORM share one pool; otherwise the ORM puts its own pool in front, closed with the context.
 */
@AutoConfiguration(afterName = {
        "org.springframework.boot.r2dbc.autoconfigure.R2dbcAutoConfiguration",
        "org.springframework.boot.r2dbc.autoconfigure.R2dbcTransactionManagerAutoConfiguration"})
@ConditionalOnClass({Orm.class, ConnectionFactory.class})
@ConditionalOnBean(ConnectionFactory.class)
@EnableConfigurationProperties(ReactiveOrmProperties.class)
public class ReactiveOrmAutoConfiguration {

    /** Spring Boot 4's Jackson 3 codecs write and read the ORM's JSON attributes (Jackson 2 trees) as JSON. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "tools.jackson.databind.JacksonModule")
    static class JacksonTreesConfiguration {

        @Bean
        @ConditionalOnMissingBean
        JacksonTreesModule reactiveOrmJacksonTreesModule() {
            return new JacksonTreesModule();
        }
    }

    /** The ORM bean, with a closer for the pool it may own; skipped as a whole when the application has an Orm. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnMissingBean(Orm.class)
    static class OrmConfiguration {

        @Bean(destroyMethod = "")
        Orm reactiveOrm(ConnectionFactory connectionFactory, ReactiveOrmProperties properties,
                        ObjectProvider<IncludeLimits> limits, ObjectProvider<OrmBuilderCustomizer> customizers) {
            Orm.Builder builder = Orm.builder(connectionFactory);
            if (properties.jsonEncoding() != null) {
                builder.jsonEncoding(properties.jsonEncoding());
            }
            if (properties.statementTimeout() != null) {
                builder.statementTimeout(properties.statementTimeout());
            }
            if (properties.fetchSize() != null) {
                builder.fetchSize(properties.fetchSize());
            }
            IncludeLimits limitsBean = limits.getIfAvailable();
            if (limitsBean != null) {
                builder.limits(limitsBean);
            } else if (properties.limits() != null) {
                builder.limits(properties.limits().toIncludeLimits());
            }
            customizers.orderedStream().forEach(customizer -> customizer.customize(builder));
            return builder.build();
        }

        @Bean
        DisposableBean reactiveOrmCloser(Orm reactiveOrm, ReactiveOrmProperties properties) {
            // Runs on the thread closing the context, never on an event loop.
            return () -> reactiveOrm.close().block(properties.closeTimeout());
        }

        /** Spring's reactive transactions, when spring-r2dbc is there and its manager is on the ORM's factory. */
        @Configuration(proxyBeanMethods = false)
        @ConditionalOnClass(R2dbcTransactionManager.class)
        static class SpringTransactionsConfiguration {

            @Bean
            OrmBuilderCustomizer reactiveOrmSpringTransactions(ConnectionFactory connectionFactory,
                                                               ObjectProvider<R2dbcTransactionManager> transactionManager) {
                return builder -> {
                    R2dbcTransactionManager manager = transactionManager.getIfUnique();
                    if (manager != null && manager.getConnectionFactory() == connectionFactory) {
                        builder.externalTransactions(new SpringTransactions(connectionFactory, manager));
                    }
                };
            }
        }
    }
}
