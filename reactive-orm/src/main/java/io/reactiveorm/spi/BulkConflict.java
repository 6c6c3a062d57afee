package io.reactiveorm.spi;

/**
 * What a bulk load does with a row whose id already exists.
 *
 * @since 0.1
 */
public enum BulkConflict {
    /** the load fails (the default) */ ERROR,
    /** the row is skipped, the existing one kept */ SKIP,
    /** the existing row is updated to the loaded values */ UPDATE
}
