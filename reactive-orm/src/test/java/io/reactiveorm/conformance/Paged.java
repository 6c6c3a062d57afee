package io.reactiveorm.conformance;

import io.reactiveorm.Column;
import io.reactiveorm.HasMany;
import io.reactiveorm.Id;
import io.reactiveorm.Table;
import java.time.LocalDate;
import java.util.List;

/** The pagination model: items with a nullable and a non-null sort key, each with a few tags. */
public final class Paged {
    private Paged() {
    }

    /** An item: {@code rnk} is nullable with many ties, {@code day} (column {@code day_on}: DAY is reserved on H2) is NOT NULL with many ties. */
    @Table("pitem")
    public record Item(@Id Long id, Integer rnk, @Column(value = "day_on", nullable = false) LocalDate day, String label,
                       @HasMany(foreignKey = "item_id") List<Tag> tags) {
    }

    /** A tag of an item. */
    @Table("ptag")
    public record Tag(@Id Long id, String name) {
    }
}
