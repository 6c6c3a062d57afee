package io.reactiveorm.examples.web;

import io.r2dbc.spi.ConnectionFactoryOptions;
import io.reactiveorm.IncludeLimits;
import io.reactiveorm.mysql.MySqlSessionDefaults;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.r2dbc.ConnectionFactoryDecorator;
import org.springframework.boot.r2dbc.autoconfigure.ConnectionFactoryOptionsBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * The example application: Spring Boot WebFlux on reactive-orm. The {@link io.reactiveorm.Orm} bean comes from
 * {@link io.reactiveorm.spring.ReactiveOrmAutoConfiguration}; the database is embedded H2 unless
 * {@code spring.r2dbc.url} names another one.
 *
 * <pre>java -jar examples/target/reactive-orm-examples-0.1.0-SNAPSHOT.jar [--spring.r2dbc.url=...]</pre>
 */
@SpringBootApplication
public class ExampleApplication {

    /** The bounds on include trees sent by clients (the per-include limit matches the page size bound). */
    public static final IncludeLimits CLIENT_LIMITS = new IncludeLimits(3, 12, BooksController.MAX_PAGE_SIZE);

    /**
     * @param args Spring Boot arguments, e.g. {@code --spring.r2dbc.url=r2dbc:postgresql://postgres@127.0.0.1/test}
     */
    public static void main(String[] args) {
        SpringApplication.run(ExampleApplication.class, args);
    }

    /** @return the include tree limits the ORM checks every tree against */
    @Bean
    IncludeLimits includeLimits() {
        return CLIENT_LIMITS;
    }

    /**
     * r2dbc-h2 runs H2 synchronously on whichever thread subscribes: a Netty event loop while serving a request.
     * Embedded H2 work therefore runs on this bounded scheduler instead (one thread per pooled connection).
     *
     * @return the scheduler for embedded database work, disposed with the context
     */
    @Bean(destroyMethod = "dispose")
    Scheduler embeddedDatabaseScheduler(@Value("${spring.r2dbc.pool.max-size:10}") int poolSize) {
        return Schedulers.newBoundedElastic(poolSize, 10_000, "embedded-db");
    }

    /**
     * @return moves the driver's work onto {@link #embeddedDatabaseScheduler} when the database is H2; other
     *     drivers are non-blocking (or, like the SQLite bridge, bring their own scheduler) and stay as they are
     */
    @Bean
    ConnectionFactoryDecorator offloadEmbeddedDatabase(Scheduler embeddedDatabaseScheduler) {
        return factory -> "H2".equalsIgnoreCase(factory.getMetadata().getName())
                ? new OffloadingConnectionFactory(factory, embeddedDatabaseScheduler) : factory;
    }

    /**
     * @return sets the session variables the MySQL/MariaDB dialect relies on (JSON aggregate length, UTC), when
     *     {@code spring.r2dbc.url} is an {@code r2dbc:mysql:} URL
     */
    @Bean
    ConnectionFactoryOptionsBuilderCustomizer mySqlSessionDefaults() {
        return builder -> {
            ConnectionFactoryOptions options = builder.build();
            Object driver = options.getValue(ConnectionFactoryOptions.DRIVER);
            Object protocol = options.getValue(ConnectionFactoryOptions.PROTOCOL);
            if ("mysql".equals(driver) || ("pool".equals(driver) && "mysql".equals(protocol))) {
                builder.from(MySqlSessionDefaults.apply(options));
            }
        };
    }
}
