package io.reactiveorm.examples.web;

import io.r2dbc.spi.ConnectionFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.binding.BindMarkersFactory;
import org.springframework.r2dbc.core.binding.BindMarkersFactoryResolver;

/**
 * Tells Spring's {@code DatabaseClient} (created by Spring Boot whether or not it is used) which bind markers the
 * SQLite bridge takes ({@code $1}, {@code $2}, ...), so the application also starts on SQLite. Registered in
 * {@code META-INF/spring.factories}.
 */
public final class SqliteBindMarkers implements BindMarkersFactoryResolver.BindMarkerFactoryProvider {

    @Override
    public @Nullable BindMarkersFactory getBindMarkers(ConnectionFactory connectionFactory) {
        return "SQLite".equals(connectionFactory.getMetadata().getName()) ? BindMarkersFactory.indexed("$", 1) : null;
    }
}
