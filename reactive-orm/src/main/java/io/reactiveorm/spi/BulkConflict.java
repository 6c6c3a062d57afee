package io.reactiveorm.spi;

/**
 * What an insert does with a row whose id already exists ({@link SqlSyntax#insert}): a bulk load's choice; an
 * upsert updates.
 *
 * @since 0.1
 */
public enum BulkConflict {
    /** the statement fails (a bulk load's default) */ ERROR,
    /** the row is skipped, the existing one kept */ SKIP,
    /** the existing row is updated to the loaded values */ UPDATE
}
