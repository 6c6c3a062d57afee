package io.reactiveorm.conformance;

import io.reactiveorm.BelongsTo;
import io.reactiveorm.Column;
import io.reactiveorm.HasMany;
import io.reactiveorm.Id;
import io.reactiveorm.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The keyword model: tables and columns named with SQL keywords (each one a keyword of some dialect, several of
 * them functions such as {@code current_date}), mixed case and a space, which every statement must quote.
 */
public final class Keywords {
    private Keywords() {
    }

    /** A row of table {@code order}: every column a keyword of some dialect, plus {@code Mixed Case}. */
    @Table("order")
    public record Ledger(@Id Long key, LocalDate currentDate, String currentUser, String user, Integer order,
                         String window, String only, String select, Integer limit, Integer offset, BigDecimal value,
                         Integer rank, @Column("Mixed Case") String mixedCase,
                         @HasMany(foreignKey = "order") List<Entry> entries) {

        /** @return this row without its entries (as a write returns it) */
        public Ledger bare() {
            return new Ledger(key, currentDate, currentUser, user, order, window, only, select, limit, offset, value,
                    rank, mixedCase, null);
        }

        /** @param entries the entries @return this row with them */
        public Ledger with(List<Entry> entries) {
            return new Ledger(key, currentDate, currentUser, user, order, window, only, select, limit, offset, value,
                    rank, mixedCase, entries);
        }
    }

    /** A row of table {@code User} (mixed case and a keyword), belonging to a ledger through column {@code order}. */
    @Table("User")
    public record Entry(@Id Long key, @Column("Group By") String groupBy, Integer rank, @Column("order") Long ledgerKey,
                        @BelongsTo(foreignKey = "order") Ledger ledger) {
    }
}
