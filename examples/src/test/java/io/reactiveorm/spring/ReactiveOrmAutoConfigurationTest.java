package io.reactiveorm.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.r2dbc.pool.ConnectionPool;
import io.r2dbc.spi.ConnectionFactories;
import io.r2dbc.spi.ConnectionFactory;
import io.reactiveorm.IncludeLimits;
import io.reactiveorm.IncludeTree;
import io.reactiveorm.InvalidQueryException;
import io.reactiveorm.Orm;
import io.reactiveorm.examples.web.Catalog.Book;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.r2dbc.autoconfigure.R2dbcAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The auto-configuration builds the Orm from the application's ConnectionFactory, and backs off for the user's. */
class ReactiveOrmAutoConfigurationTest {
    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(R2dbcAutoConfiguration.class, ReactiveOrmAutoConfiguration.class))
            .withPropertyValues("spring.r2dbc.generate-unique-name=true");

    @Test
    void createsTheOrmOnBootsPooledConnectionFactory() {
        runner.run(context -> {
            assertThat(context).hasSingleBean(Orm.class);
            Orm orm = context.getBean(Orm.class);
            ConnectionFactory factory = context.getBean(ConnectionFactory.class);
            assertThat(factory).isInstanceOf(ConnectionPool.class);
            assertThat(orm.connectionFactory()).as("the ORM shares Boot's pool").isSameAs(factory);
            assertThat(orm.dialect().name()).isEqualTo("H2");
        });
    }

    @Test
    void appliesAnIncludeLimitsBean() {
        runner.withBean(IncludeLimits.class, () -> new IncludeLimits(1, 4, 10)).run(context -> {
            Orm orm = context.getBean(Orm.class);
            assertThat(orm.from(Book.class).includeTree(IncludeTree.parse("author(firstname)")).toSql()).contains("JSON");
            assertThatThrownBy(() -> orm.from(Book.class).includeTree(IncludeTree.parse("reviews(reviewer(firstname))")).toSql())
                    .isInstanceOf(InvalidQueryException.class).hasMessageContaining("deeper than the limit of 1");
        });
    }

    @Test
    void usesTheApplicationsOwnConnectionFactory() {
        ConnectionFactory own = ConnectionFactories.get("r2dbc:h2:mem:///autoconfig-own");
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(R2dbcAutoConfiguration.class, ReactiveOrmAutoConfiguration.class))
                .withBean(ConnectionFactory.class, () -> own)
                .run(context -> {
                    Orm orm = context.getBean(Orm.class);
                    assertThat(orm.connectionFactory()).as("not a pool: the ORM puts its own in front")
                            .isInstanceOf(ConnectionPool.class).isNotSameAs(own);
                    ConnectionPool pool = (ConnectionPool) orm.connectionFactory();
                    context.close();
                    assertThat(pool.isDisposed()).as("closed with the context").isTrue();
                });
    }

    @Test
    void backsOffWhenTheApplicationDefinesAnOrm() {
        runner.withUserConfiguration(OwnOrm.class).run(context -> {
            assertThat(context).hasSingleBean(Orm.class);
            assertThat(context.getBean(Orm.class)).isSameAs(OwnOrm.ORM);
            assertThat(context).doesNotHaveBean("reactiveOrm").doesNotHaveBean("reactiveOrmCloser");
        });
    }

    @Test
    void staysAwayWithoutAConnectionFactory() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(ReactiveOrmAutoConfiguration.class))
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(Orm.class));
    }

    @Configuration(proxyBeanMethods = false)
    static class OwnOrm {
        static final Orm ORM = Orm.connect("r2dbc:h2:mem:///autoconfig-user");

        @Bean
        Orm myOrm() {
            return ORM;
        }
    }
}
