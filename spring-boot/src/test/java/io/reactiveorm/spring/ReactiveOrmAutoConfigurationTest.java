package io.reactiveorm.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.r2dbc.pool.ConnectionPool;
import io.r2dbc.spi.ConnectionFactories;
import io.r2dbc.spi.ConnectionFactory;
import io.reactiveorm.Filter;
import io.reactiveorm.IncludeLimits;
import io.reactiveorm.IncludeTree;
import io.reactiveorm.InvalidQueryException;
import io.reactiveorm.JsonEncoding;
import io.reactiveorm.Orm;
import io.reactiveorm.spring.Library.Author;
import io.reactiveorm.spring.Library.Note;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.r2dbc.autoconfigure.R2dbcAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.JacksonModule;

/**
 * The auto-configuration builds the Orm on embedded H2 from the application's ConnectionFactory, binds
 * {@code reactive-orm.*}, and backs off for the user's Orm.
 */
class ReactiveOrmAutoConfigurationTest {
    private static final Duration WAIT = Duration.ofSeconds(30);

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(R2dbcAutoConfiguration.class, ReactiveOrmAutoConfiguration.class))
            .withPropertyValues("spring.r2dbc.generate-unique-name=true");

    private static String treeSql(Orm orm) {
        return orm.from(Author.class).includeTree(IncludeTree.parse("notes(body)")).toSql();
    }

    @Test
    void createsTheOrmOnBootsPooledConnectionFactoryAndAnswersAQuery() {
        runner.run(context -> {
            assertThat(context).hasSingleBean(Orm.class);
            Orm orm = context.getBean(Orm.class);
            ConnectionFactory factory = context.getBean(ConnectionFactory.class);
            assertThat(factory).isInstanceOf(ConnectionPool.class);
            assertThat(orm.connectionFactory()).as("the ORM shares Boot's pool").isSameAs(factory);
            assertThat(orm.dialect().name()).isEqualTo("H2");

            Library.createSchema(factory);
            List<Author> authors = orm.from(Author.class).includeTree(IncludeTree.parse("name,notes(body)"))
                    .where(Filter.eq("name", "Ada")).fetchAll().collectList().block(WAIT);
            assertThat(authors).singleElement().satisfies(ada -> assertThat(ada.notes())
                    .extracting(Note::body).containsExactlyInAnyOrder("engine", "loops"));
        });
    }

    @Test
    void bindsItsProperties() {
        runner.withPropertyValues("reactive-orm.json-encoding=keys", "reactive-orm.statement-timeout=5s",
                        "reactive-orm.fetch-size=250", "reactive-orm.limits.max-depth=1",
                        "reactive-orm.close-timeout=3s")
                .run(context -> {
                    ReactiveOrmProperties properties = context.getBean(ReactiveOrmProperties.class);
                    assertThat(properties.jsonEncoding()).isEqualTo(JsonEncoding.KEYS);
                    assertThat(properties.statementTimeout()).isEqualTo(Duration.ofSeconds(5));
                    assertThat(properties.fetchSize()).isEqualTo(250);
                    assertThat(properties.limits()).isEqualTo(new ReactiveOrmProperties.Limits(1, 64, 1000));
                    assertThat(properties.closeTimeout()).isEqualTo(Duration.ofSeconds(3));

                    Orm orm = context.getBean(Orm.class);
                    assertThatThrownBy(() -> orm.from(Note.class)
                            .includeTree(IncludeTree.parse("author(notes(body))")).toSql())
                            .isInstanceOf(InvalidQueryException.class).hasMessageContaining("deeper than the limit of 1");
                    String arrays = Orm.builder(orm.connectionFactory()).build().from(Author.class)
                            .includeTree(IncludeTree.parse("notes(body)")).toSql();
                    assertThat(treeSql(orm)).as("the KEYS encoding renders other SQL").isNotEqualTo(arrays);
                });
    }

    @Test
    void leavesTheOrmsDefaultsWhenNothingIsSet() {
        runner.run(context -> {
            ReactiveOrmProperties properties = context.getBean(ReactiveOrmProperties.class);
            assertThat(properties).isEqualTo(new ReactiveOrmProperties(null, null, null, null, Duration.ofSeconds(30)));
            Orm orm = context.getBean(Orm.class);
            Orm plain = Orm.builder(orm.connectionFactory()).build();
            assertThat(treeSql(orm)).isEqualTo(treeSql(plain));
        });
    }

    @Test
    void theDefaultLimitsOfThePropertiesAreThoseOfTheOrm() {
        runner.withPropertyValues("reactive-orm.limits.max-nodes=64").run(context -> assertThat(
                context.getBean(ReactiveOrmProperties.class).limits().toIncludeLimits()).isEqualTo(IncludeLimits.DEFAULT));
    }

    @Test
    void anInvalidSettingFailsTheContext() {
        runner.withPropertyValues("reactive-orm.statement-timeout=0s").run(context -> assertThat(context)
                .hasFailed().getFailure().rootCause().isInstanceOf(InvalidQueryException.class)
                .hasMessageContaining("statementTimeout must be positive"));
    }

    @Test
    void anIncludeLimitsBeanWinsOverTheProperties() {
        runner.withPropertyValues("reactive-orm.limits.max-depth=5")
                .withBean(IncludeLimits.class, () -> new IncludeLimits(1, 4, 10)).run(context -> {
                    Orm orm = context.getBean(Orm.class);
                    assertThat(orm.from(Note.class).includeTree(IncludeTree.parse("author(name)")).toSql()).contains("JSON");
                    assertThatThrownBy(() -> orm.from(Note.class)
                            .includeTree(IncludeTree.parse("author(notes(body))")).toSql())
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
            assertThat(context).doesNotHaveBean("reactiveOrm").doesNotHaveBean("reactiveOrmCloser")
                    .doesNotHaveBean(OrmBuilderCustomizer.class);
        });
    }

    @Test
    void staysAwayWithoutAConnectionFactory() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(ReactiveOrmAutoConfiguration.class))
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(Orm.class));
    }

    @Test
    void staysAwayWithoutTheOrmOnTheClasspath() {
        runner.withClassLoader(new FilteredClassLoader(Orm.class))
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(Orm.class)
                        .doesNotHaveBean(ReactiveOrmProperties.class));
    }

    @Test
    void registersTheJacksonTreesModuleOnlyWithJackson3() {
        runner.run(context -> assertThat(context).hasSingleBean(JacksonTreesModule.class));
        runner.withClassLoader(new FilteredClassLoader(JacksonModule.class))
                .run(context -> assertThat(context).hasNotFailed().hasSingleBean(Orm.class)
                        .doesNotHaveBean(JacksonTreesModule.class));
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
