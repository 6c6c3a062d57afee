package io.reactiveorm.examples.web;

import io.r2dbc.spi.R2dbcDataIntegrityViolationException;
import io.reactiveorm.BulkLoadException;
import io.reactiveorm.InvalidQueryException;
import io.reactiveorm.QueryExecutionException;
import org.jspecify.annotations.Nullable;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.server.ServerWebInputException;

/** Maps exceptions to HTTP statuses with an {@link ApiError} body. */
@RestControllerAdvice
class ApiErrors {

    @ExceptionHandler
    ResponseEntity<ApiError> badRequest(BadRequestException e) {
        return error(HttpStatus.BAD_REQUEST, "bad_request", e.parameter(), e.getMessage());
    }

    @ExceptionHandler
    ResponseEntity<ApiError> invalidQuery(InvalidQueryException e) {
        return error(HttpStatus.BAD_REQUEST, "bad_request", null, e.getMessage());
    }

    @ExceptionHandler
    ResponseEntity<ApiError> unreadableBody(ServerWebInputException e) {
        // Malformed JSON / NDJSON bodies and unconvertible parameters.
        Throwable cause = e.getMostSpecificCause();
        MethodParameter at = e.getMethodParameter();
        String parameter = at == null || at.hasParameterAnnotation(RequestBody.class) ? "body" : at.getParameterName();
        return error(HttpStatus.BAD_REQUEST, "bad_request", parameter, e.getReason() + ": " + cause.getMessage());
    }

    @ExceptionHandler
    ResponseEntity<ApiError> notFound(NotFoundException e) {
        return error(HttpStatus.NOT_FOUND, "not_found", null, e.getMessage());
    }

    @ExceptionHandler
    ResponseEntity<ApiError> queryFailed(QueryExecutionException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof R2dbcDataIntegrityViolationException) {
                // The transaction has rolled back. The driver's message may quote row values: keep it in the logs only.
                return error(HttpStatus.CONFLICT, "conflict", null, "the data breaks a database constraint (a duplicate"
                        + " unique value or a reference to a missing row); nothing was written");
            }
        }
        throw e;
    }

    /** A bulk load wraps what stopped it: a bad line of the body (400) or a constraint violation (409). */
    @ExceptionHandler
    ResponseEntity<ApiError> bulkFailed(BulkLoadException e) {
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            if (t instanceof BadRequestException bad) {
                return badRequest(bad);
            }
            if (t instanceof ServerWebInputException input) {
                return unreadableBody(input);
            }
            if (t instanceof R2dbcDataIntegrityViolationException) {
                return error(HttpStatus.CONFLICT, "conflict", null, "the data breaks a database constraint (a duplicate"
                        + " unique value or a reference to a missing row) at row " + e.row() + "; nothing was written");
            }
        }
        throw e;
    }

    private static ResponseEntity<ApiError> error(HttpStatus status, String code, @Nullable String parameter, @Nullable String message) {
        return ResponseEntity.status(status).body(new ApiError(code, parameter, String.valueOf(message)));
    }
}
