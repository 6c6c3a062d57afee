package io.reactiveorm.examples.web;

import io.r2dbc.spi.R2dbcDataIntegrityViolationException;
import io.reactiveorm.BulkLoadException;
import io.reactiveorm.InvalidQueryException;
import io.reactiveorm.QueryExecutionException;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebInputException;
import org.springframework.web.server.UnsupportedMediaTypeStatusException;

/**
 * Maps exceptions to HTTP statuses with an {@link ApiError} body. Bodies say what is wrong in the client's terms
 * (parameter, field, line, row); class and method names, SQL and stack traces go to the log only. Data the
 * database rejects is the client's: 409 for a broken constraint, 400 for a value that does not fit its column.
 */
@RestControllerAdvice
class ApiErrors {
    private static final Logger LOG = LoggerFactory.getLogger(ApiErrors.class);

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
        ResponseEntity<ApiError> tooLarge = tooLarge(e);
        if (tooLarge != null) {
            return tooLarge;
        }
        MethodParameter at = e.getMethodParameter();
        String parameter = at == null || at.hasParameterAnnotation(RequestBody.class) ? "body" : at.getParameterName();
        return error(HttpStatus.BAD_REQUEST, "bad_request", parameter, InputErrors.unreadable(e));
    }

    @ExceptionHandler
    ResponseEntity<ApiError> unsupportedMediaType(UnsupportedMediaTypeStatusException e) {
        String supported = e.getSupportedMediaTypes().stream().map(MediaType::toString).collect(Collectors.joining(", "));
        return error(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported_media_type", "Content-Type",
                "content type '" + e.getContentType() + "' is not supported; send " + supported);
    }

    @ExceptionHandler
    ResponseEntity<ApiError> otherStatus(ResponseStatusException e) {
        HttpStatusCode status = e.getStatusCode();
        HttpStatus known = HttpStatus.resolve(status.value());
        String phrase = known == null ? "request failed" : known.getReasonPhrase();
        return error(status, phrase.toLowerCase(Locale.ROOT).replace(' ', '_'), null, phrase);
    }

    @ExceptionHandler
    ResponseEntity<ApiError> notFound(NotFoundException e) {
        return error(HttpStatus.NOT_FOUND, "not_found", null, e.getMessage());
    }

    @ExceptionHandler
    ResponseEntity<ApiError> queryFailed(QueryExecutionException e) {
        // The transaction has rolled back. The driver's message may quote SQL and row values: the log only.
        String rejected = InputErrors.rejectedData(e);
        return rejected == null ? unexpected(e) : rejectedData(e, rejected + "; nothing was written");
    }

    /** A bulk load wraps what stopped it: a bad line of the body (400) or data the database rejects (409, 400). */
    @ExceptionHandler
    ResponseEntity<ApiError> bulkFailed(BulkLoadException e) {
        ResponseEntity<ApiError> tooLarge = tooLarge(e);
        if (tooLarge != null) {
            return tooLarge;
        }
        BadRequestException bad = InputErrors.find(e, BadRequestException.class);
        if (bad != null) {
            return badRequest(bad);
        }
        ServerWebInputException input = InputErrors.find(e, ServerWebInputException.class);
        if (input != null) {
            String line = e.row() > 0 ? "line " + e.row() + ": " : "";
            return error(HttpStatus.BAD_REQUEST, "bad_request", "body", line + InputErrors.unreadable(input) + "; nothing was written");
        }
        String rejected = InputErrors.rejectedData(e);
        String row = e.row() > 0 ? " at row " + e.row() : "";
        return rejected == null ? unexpected(e) : rejectedData(e, rejected + row + "; nothing was written");
    }

    /**
     * @param e an error
     * @return 413 naming the limit if an import body or one of its lines was over its size limit, else null
     */
    private static @Nullable ResponseEntity<ApiError> tooLarge(Throwable e) {
        ImportBodyLimit.BodyTooLargeException body = InputErrors.find(e, ImportBodyLimit.BodyTooLargeException.class);
        return body == null ? null : error(HttpStatus.PAYLOAD_TOO_LARGE, "payload_too_large", "body", body.getMessage());
    }

    /** Anything else is the server's fault: a 500 that names nothing internal; the details are logged. */
    @ExceptionHandler
    ResponseEntity<ApiError> unexpected(Exception e) {
        ResponseEntity<ApiError> tooLarge = tooLarge(e);
        if (tooLarge != null) {
            return tooLarge;
        }
        LOG.error("request failed", e);
        return error(HttpStatus.INTERNAL_SERVER_ERROR, "internal_error", null, "the request failed on the server");
    }

    private static ResponseEntity<ApiError> rejectedData(Exception e, String message) {
        LOG.info("rejected client data: {}", e.toString());
        boolean constraint = InputErrors.find(e, R2dbcDataIntegrityViolationException.class) != null;
        return constraint ? error(HttpStatus.CONFLICT, "conflict", null, message)
                : error(HttpStatus.BAD_REQUEST, "bad_request", null, message);
    }

    private static ResponseEntity<ApiError> error(HttpStatusCode status, String code, @Nullable String parameter,
                                                  @Nullable String message) {
        return ResponseEntity.status(status).body(new ApiError(code, parameter, String.valueOf(message)));
    }
}
