/**
 * A Spring Boot WebFlux application on reactive-orm: include trees from query parameters, NDJSON export and
 * import, and a transactional write. Start with {@link io.reactiveorm.examples.web.ExampleApplication}.
 */
@NullMarked
package io.reactiveorm.examples.web;

import org.jspecify.annotations.NullMarked;
