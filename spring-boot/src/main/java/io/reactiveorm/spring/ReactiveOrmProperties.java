package io.reactiveorm.spring;

import io.reactiveorm.IncludeLimits;
import io.reactiveorm.JsonEncoding;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The settings of the auto-configured {@link io.reactiveorm.Orm}, under {@code reactive-orm.*}. A setting left
 * unset keeps the ORM's own default. The connection itself is Spring Boot's ({@code spring.r2dbc.*}).
 *
 * @param jsonEncoding How nested objects travel from the database: ARRAYS (the default) or KEYS.
 * @param statementTimeout Default timeout of every query (default: none).
 * @param fetchSize Rows fetched per round trip when streaming (default: the dialect's).
 * @param limits Bounds on include trees; an {@code IncludeLimits} bean of the application takes precedence.
 * @param closeTimeout How long closing the application context waits for the ORM to close.
 */
@ConfigurationProperties("reactive-orm")
record ReactiveOrmProperties(@Nullable JsonEncoding jsonEncoding, @Nullable Duration statementTimeout,
                             @Nullable Integer fetchSize, @Nullable Limits limits,
                             @DefaultValue("30s") Duration closeTimeout) {

    /**
     * The bounds on include trees ({@link IncludeLimits}); an unset bound keeps the default of
     * {@link IncludeLimits#DEFAULT}.
     *
     * @param maxDepth How deep relations may nest.
     * @param maxNodes How many relation nodes one include tree may hold.
     * @param maxLimit The largest per-include limit.
     */
    record Limits(@DefaultValue("6") int maxDepth, @DefaultValue("64") int maxNodes,
                  @DefaultValue("1000") int maxLimit) {

        IncludeLimits toIncludeLimits() {
            return new IncludeLimits(maxDepth, maxNodes, maxLimit);
        }
    }
}
