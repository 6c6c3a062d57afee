package io.reactiveorm.h2;

import io.reactiveorm.spi.BulkConflict;
import io.reactiveorm.spi.BulkLoader;

/** H2 bulk loads: multi-row INSERT, updates on conflict through {@code MERGE .. KEY} ({@link H2SqlSyntax}), no skipping. */
final class H2BulkLoader implements BulkLoader {

    @Override
    public boolean supports(BulkConflict conflict) {
        return conflict != BulkConflict.SKIP;
    }
}
