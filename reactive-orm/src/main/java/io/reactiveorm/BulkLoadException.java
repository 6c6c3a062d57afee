package io.reactiveorm;

import org.jspecify.annotations.Nullable;

/**
 * A bulk load failed and wrote nothing. Names the row (its 1-based position in the loaded {@code Flux}) and, where
 * the database reports it, the column; the database's or the source's error is the cause.
 *
 * @since 0.1
 */
public class BulkLoadException extends OrmException {
    private static final long serialVersionUID = 1L;
    private final long row;
    private final @Nullable String column;

    /**
     * @param entity the loaded entity
     * @param row the 1-based row number, or 0 when the database did not say which row
     * @param column the column the database blamed, or null
     * @param cause the underlying error
     */
    public BulkLoadException(String entity, long row, @Nullable String column, Throwable cause) {
        super("Bulk load of " + entity + " failed" + (row > 0 ? " at row " + row : "")
                + (column != null ? " (column " + column + ")" : "") + ": " + cause.getMessage(), cause);
        this.row = row;
        this.column = column;
    }

    /** @return the 1-based row number in the loaded {@code Flux}, or 0 if unknown */
    public long row() {
        return row;
    }

    /** @return the column the database blamed, or null */
    public @Nullable String column() {
        return column;
    }
}
