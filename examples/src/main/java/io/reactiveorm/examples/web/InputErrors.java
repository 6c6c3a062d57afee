package io.reactiveorm.examples.web;

import io.r2dbc.spi.R2dbcDataIntegrityViolationException;
import io.r2dbc.spi.R2dbcException;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.TypeMismatchException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;

/**
 * Says what is wrong with a client's input in the client's terms (a field, a value, a position, a row), never
 * with a class, method, SQL text or stack frame: those stay in the server log.
 */
final class InputErrors {
    private InputErrors() {
    }

    /**
     * @param error a failure to read a body or a parameter
     * @return what is wrong, e.g. {@code field 'name' has a value of the wrong type or format}
     */
    static String unreadable(Throwable error) {
        JacksonException json = find(error, JacksonException.class);
        if (json != null) {
            String field = null;
            for (JacksonException.Reference reference : json.getPath()) {
                field = reference.getPropertyName() != null ? reference.getPropertyName() : field;
            }
            return field != null ? "field '" + field + "' has a value of the wrong type or format"
                    : "malformed JSON" + position(json.getLocation());
        }
        TypeMismatchException mismatch = find(error, TypeMismatchException.class);
        if (mismatch != null) {
            return "'" + mismatch.getValue() + "' is not a valid value";
        }
        return "the request could not be read";
    }

    /**
     * @param error a failed write
     * @return what the client's data broke, or null when the failure is not the client's data
     */
    static @Nullable String rejectedData(Throwable error) {
        if (find(error, R2dbcDataIntegrityViolationException.class) != null) {
            return "the data breaks a database constraint (a duplicate unique value, a missing value or a reference to"
                    + " a missing row)";
        }
        R2dbcException database = find(error, R2dbcException.class);
        String state = database == null ? null : database.getSqlState();
        if (state != null && state.startsWith("22")) {   // SQLSTATE class 22: data exception
            return "a value does not fit its column (too long, out of range or malformed)";
        }
        return null;
    }

    /**
     * @param error an error
     * @param type what to look for
     * @return the first error of that type in the cause chain, or null
     */
    static <E extends Throwable> @Nullable E find(Throwable error, Class<E> type) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    private static String position(@Nullable TokenStreamLocation at) {
        if (at == null) {
            return "";
        }
        if (at.getLineNr() > 0 && at.getColumnNr() > 0) {
            return " at line " + at.getLineNr() + ", column " + at.getColumnNr();
        }
        return at.getByteOffset() >= 0 ? " at byte " + at.getByteOffset() : "";
    }
}
