package io.reactiveorm.examples.web;

import org.jspecify.annotations.Nullable;

/**
 * The JSON body of every error response.
 *
 * @param error a short code: {@code bad_request}, {@code not_found}, {@code conflict}
 * @param parameter the request parameter, path variable or body field at fault, when there is one
 * @param message what is wrong, naming the offending value
 */
public record ApiError(String error, @Nullable String parameter, String message) {
}
